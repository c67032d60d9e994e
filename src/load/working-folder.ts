/**
 * The folder the user ran qbr in. `npm run qbr` runs the script from the package's root
 * whatever folder it was typed in, and says where that was in `INIT_CWD`; so account names,
 * the config, `--out` and `--data` are read from there (`cd examples/brand && npm run qbr --
 * --all` renders the example's accounts with its config). Only for the `qbr` script: a program
 * that `npm test` or `npm run bench` starts inherits their INIT_CWD, not its own folder.
 */
export function workingFolder(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return env.npm_lifecycle_event === 'qbr' && env.INIT_CWD ? env.INIT_CWD : cwd;
}
