/** The library: `import { build } from 'qbr'`. The CLI is a thin layer over these. */
export { build, type BuildOptions, type BuildResult, type DeckEvent } from './build.ts';
export { loadConfig } from './config/load-config.ts';
export type { Config } from './config/config-schema.ts';
export { loadAccount } from './validate/load-account.ts';
export type { Account } from './validate/account-schema.ts';
export { summarise } from './analyse/summarise.ts';
export { reviewAccount, type AccountReview } from './analyse/review.ts';
export { quarterUnderReview } from './analyse/review-quarter.ts';
export type { Summary } from './analyse/summary-schema.ts';
export { QbrError, DataError, formatError, type DataIssue, type ErrorCode } from './errors.ts';
export { importFigures, type ImportOptions, type AccountImport } from './import/import-figures.ts';
export { ImportError, type ImportIssue } from './import/import-error.ts';
export { newAccount, type NewAccountOptions } from './scaffold/new-account.ts';
export { startPreview, type Preview, type PreviewEvent, type PreviewOptions } from './preview/preview-server.ts';
export { planMerge, writeMerge, type QuarterMerge } from './output/merge.ts';
export type { Manifest, ManifestEntry } from './output/manifest.ts';
export { quarterOfDate, quarterStart, quarterEnd, type FiscalYear } from './analyse/fiscal-year.ts';
export { parseShard, shardOf, type Shard } from './shard.ts';
