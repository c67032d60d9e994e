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

const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'qbr.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>;
};
const uploads = workflow.jobs.merge!.steps.filter((step) => step.uses?.startsWith('actions/upload-artifact'));

describe("the workflow's artifacts", () => {
  it("makes the customer's artifact of the merged quarters' customer/ folders only", () => {
    expect(uploads.map((step) => [step.with?.name, step.with?.path])).toEqual([
      ['qbr-customer-decks', 'merged/*/customer/'],
      ['qbr-team', 'merged/*/team/'],
    ]);
    expect(workflow.jobs.merge!.steps.some((step) => step.run?.includes('merge shards/qbr-shard-* --out merged'))).toBe(
      true,
    );
  });
});

describe("the workflow's pull job", () => {
  const jobs = workflow.jobs as Record<string, { if?: string; steps: Step[]; env?: Record<string, string> }>;
  const schedules = (workflow as unknown as { on: { schedule: Array<{ cron: string }> } }).on.schedule.map(
    (s) => s.cron,
  );

  it('runs a day before the render, with the URL from the secret, and opens a pull request of the account files', () => {
    expect(schedules).toEqual(['0 6 1 1,4,7,10 *', '0 6 2 1,4,7,10 *']);
    expect(jobs.pull!.if).toContain("github.event.schedule == '0 6 1 1,4,7,10 *'");
    expect(jobs.pull!.env!.QBR_WAREHOUSE_URL).toBe('${{ secrets.QBR_WAREHOUSE_URL }}');
    expect(jobs.pull!.steps.some((step) => step.run?.startsWith('npm run qbr -- pull'))).toBe(true);
    const pr = jobs.pull!.steps.find((step) => step.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(pr?.uses).toBe('peter-evans/create-pull-request@v7');
    expect((pr?.with as Record<string, string> | undefined)?.['add-paths']).toBe('data/**');
  });

  it('leaves the render to its own day', () => {
    expect(jobs.shards!.if).toContain("github.event.schedule != '0 6 1 1,4,7,10 *'");
  });
});

describe("the workflow's account-changes job", () => {
  const jobs = workflow.jobs as Record<
    string,
    { if?: string; needs?: string; steps: Step[]; env?: Record<string, string> }
  >;
  const job = jobs['account-changes']!;
  const script = job.steps.map((step) => step.run ?? '').join('\n');

  it('runs on pull requests touching data/, against the base commit, fetched', () => {
    expect(job.if).toBe("needs.changes.outputs.data == 'true'");
    expect(job.env!.BASE).toBe('${{ github.event.pull_request.base.sha }}');
    expect(job.steps[0]!.with).toEqual({ 'fetch-depth': 0 });
  });

  it('writes the Markdown under 1 MiB to the job summary and under 64 KB to the comment', () => {
    expect(script).toContain('changes --base "$BASE" --markdown --max-bytes 1000000 >> "$GITHUB_STEP_SUMMARY"');
    expect(script).toContain('changes --base "$BASE" --markdown --max-bytes 60000 > changes-comment.md');
  });

  it('keeps one comment, updated, and leaves a fork its summary alone', () => {
    const comment = job.steps.find((step) => step.uses?.startsWith('marocchino/sticky-pull-request-comment@'))!;
    expect((comment.with as Record<string, string>).header).toBe('qbr-changes');
    expect((comment as Step & { if: string }).if).toContain(
      'github.event.pull_request.head.repo.full_name == github.repository',
    );
  });

  it("uploads the edited accounts' customer decks only", () => {
    const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with?.path).toBe('pr-decks/*/customer/*.pdf');
  });
});

describe("the workflow's set-up", () => {
  const setup = (job: string) =>
    workflow.jobs[job]!.steps.find((step) => step.run?.startsWith('bash scripts/setup.sh'))?.run;

  it('installs only what rendering needs on the render and merge jobs, and everything where the tests run', () => {
    expect(setup('render')).toBe('bash scripts/setup.sh --render-only');
    expect(setup('merge')).toMatch(/^bash scripts\/setup.sh --render-only\b/);
    expect(setup('test')).toBe('bash scripts/setup.sh');
  });

  it("leaves the tests' tools out of --render-only", () => {
    const script = readFileSync(join(ROOT, 'scripts', 'setup.sh'), 'utf8');
    const renderPackages = /^RENDER_PACKAGES=\((.*)\)$/m.exec(script)![1]!.split(' ');
    for (const tool of ['poppler-utils', 'qpdf', 'libreoffice-impress', 'postgresql'])
      expect(renderPackages).not.toContain(tool);
    expect(script).toContain('npm ci --omit=dev');
  });
});
