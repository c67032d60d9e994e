import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Test files that replace a module with vi.mock: only a fresh module registry per file sees the replacement. */
const MOCKING = [
  'test/import/many-figures.test.ts',
  'test/render/load-templates.test.ts',
  'test/sources/pull-files.test.ts',
];

/**
 * The order files start in: vitest's own (the longest last time first), but the file that makes
 * every shared render and starts LibreOffice's prints (test/e2e/shared.ts) first, and the two
 * that read LibreOffice's prints last of the e2e files. Left to the last run's times, both
 * workers could start on files that wait for the same renders, or for LibreOffice, and the cores
 * stood idle meanwhile. The MOCKING files, each in a process of its own, start the unit files:
 * short, they came last, where the second core had nothing else to do.
 */
const LATE = ['/test/e2e/pptx-libreoffice.test.ts', '/test/e2e/right-to-left.test.ts'];
class SharedRendersFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = sorted.filter((file) => file.moduleId.endsWith('/test/e2e/pptx.test.ts'));
    const late = LATE.flatMap((path) => sorted.filter((file) => file.moduleId.endsWith(path)));
    const rest = sorted.filter((file) => !first.includes(file) && !late.includes(file));
    const afterE2e = rest.findLastIndex((file) => file.moduleId.includes('/test/e2e/')) + 1;
    const unit = rest.slice(afterE2e);
    const mocking = unit.filter((file) => MOCKING.some((path) => file.moduleId.endsWith(`/${path}`)));
    const others = unit.filter((file) => !mocking.includes(file));
    return [...first, ...rest.slice(0, afterE2e), ...late, ...mocking, ...others];
  }
}

// Two projects so the unit tests stay fast: `e2e` runs the real CLI with the real Chromium.
// Two workers: while one file waits on Chromium (a start, a timeout, a print), another runs.
// The unit files share one module registry (isolate: false): importing the pipeline once, not
// once a file, is most of their time. A file that mocks a module goes in MOCKING instead.
export default defineConfig({
  test: {
    maxWorkers: 2,
    sequence: { sequencer: SharedRendersFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', ...MOCKING],
          setupFiles: ['test/setup.ts'],
          isolate: false,
        },
      },
      { test: { name: 'unit-mocked', include: MOCKING, setupFiles: ['test/setup.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/setup.ts'],
          testTimeout: 120_000,
          // A file's beforeAll may wait for a render another file shares (test/e2e/shared.ts).
          hookTimeout: 300_000,
          // One module registry a worker, as for the unit files: each file imported puppeteer,
          // pdf-lib and the pipeline anew otherwise. The e2e files mock nothing.
          isolate: false,
          globalSetup: ['test/e2e/global-setup.ts'],
          // The CLI's bundle (test/e2e/render.ts), imported as node imports it when qbr runs.
          server: { deps: { external: [/\/dist\/v\d+\//] } },
        },
      },
    ],
  },
});
