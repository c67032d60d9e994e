/** `npm run bench`'s flags (scripts/bench.ts): read once, when this module is first imported. */
import { scriptFlags } from '../script-flags.ts';

const BENCH_HELP = `Usage: npm run bench [-- OPTIONS]

Measures qbr against the bare floor (Chrome's headless shell printing the same final HTML).

Options:
  --accounts N      synthetic accounts in the batch (default 100; pull: 1,000)
  --concurrency N   decks printed at once (default: the number of cores)
  --runs N          one-deck runs, interleaved with the bare floor's
  --rounds N        batch and eml rounds, the median shown (default 3)
  --only KIND       one of batch, one, eml, pull, changes
  --format LIST     formats to render (default: the config's), e.g. pdf,html,json,pptx
  --stages          where a deck's time goes
  --keep            keep the work folder
  -h, --help        this help`;

export const values = scriptFlags(
  {
    accounts: { type: 'string' },
    concurrency: { type: 'string' },
    runs: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string' },
    keep: { type: 'boolean' },
    format: { type: 'string' },
    stages: { type: 'boolean' },
  },
  BENCH_HELP,
);
