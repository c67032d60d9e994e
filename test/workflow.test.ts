import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: { name?: string; path?: string };
}

const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'qbr.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const uploads = workflow.jobs.merge!.steps.filter((step) => step.uses?.startsWith('actions/upload-artifact'));

describe("the workflow's artifacts", () => {
  it("makes the customer's artifact of the merged quarters' customer/ folders only", () => {
    expect(uploads.map((step) => [step.with?.name, step.with?.path])).toEqual([
      ['qbr-customer-decks', 'merged/*/customer/'],
      ['qbr-team', 'merged/*/team/'],
    ]);
    expect(workflow.jobs.merge!.steps.some((step) => step.run?.includes('merge shards/qbr-shard-* --out merged'))).toBe(true);
  });
});
