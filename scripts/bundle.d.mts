/** The bundle's entry (its cli.js), built first when it is missing or older than what it is built from. */
export function bundledCli(): Promise<string>;
