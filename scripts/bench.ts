/**
 * `npm run bench [-- --accounts 100 --concurrency 2 --runs 7 --rounds 3 --only batch|one|eml|pull|changes --keep --stages]`: qbr
 * against the bare floor (scripts/bench/bare-floor.mjs: Chrome's headless shell, `goto` of the
 * final HTML file and `pdf`, nothing else), with the ratios the README's targets are stated in.
 *
 * - one deck: the whole process `node scripts/qbr.mjs acme --force` against the whole process of
 *   the bare floor on acme's HTML, interleaved A B A B, medians of `--runs`.
 * - batch: N synthetic accounts (seeded) rendered by the CLI as CI runs it (`node scripts/qbr.mjs
 *   --all`), then the bare floor on the same final HTML with the same concurrency, in each of
 *   `--rounds` rounds (the round with the median ratio is shown); then qbr's own printer on it
 *   (its floor, labelled as such); a second run with nothing changed; peak memory (PSS) of the
 *   CLI's node process, and of it and its browser together. `--stages` adds where a deck's time
 *   goes, from one more run in this process.
 * - eml: what `--format eml` adds to a batch, a deck: the CLI over the same accounts with and
 *   without it, interleaved, the median of `--rounds` differences (scripts/bench/eml.ts).
 * - pull: `pull` from DuckDB and from PostgreSQL against `import` of the same rows from a CSV file
 *   (scripts/bench/pull.ts), 1,000 accounts unless `--accounts` says otherwise.
 * - changes: `changes --base HEAD --markdown` over 1,000 accounts (unless `--accounts`), ten of
 *   them edited (scripts/bench/changes.ts).
 *
 * Besides wall-clock time it prints CPU time (node, and the browsers and child processes),
 * which holds on a shared machine where wall-clock time does not (see bench/cpu-meter.ts).
 */
// The flags first: `--help` and a mistyped flag answer at once; the pipeline loads only for a run.
import './bench/flags.ts';

await import('./bench/main.ts');
