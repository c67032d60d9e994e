/** Types of bare-floor.mjs, which stays plain JavaScript so its own process loads nothing but puppeteer. */
export function printBare(options: {
  executablePath: string;
  files: string[];
  concurrency?: number;
  outDir?: string;
  beforeClose?: (browserPid: number | undefined) => Promise<void> | void;
}): Promise<void>;
