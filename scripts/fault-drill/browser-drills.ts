/**
 * Issue 26, items 1 and 2: a browser frozen with SIGSTOP one second into a six-account run (once
 * it printed its first deck), and a browser killed 0.7-1 s after it started, run after run (the
 * error was seen once in a dozen).
 */
import { type Drill, accountsProject, deckPdfs, endedText, runLimited, seconds } from './drill-kit.ts';
import { killBrowserOn, killGroup, wrapBrowser } from './rigs.ts';

/** The deck's deadline the frozen browser's run is given (the config's `browser.timeout_ms`). */
const DECK_TIMEOUT_MS = 10_000;

export const frozenBrowser: Drill = async (work) => {
  const dir = accountsProject(work, 'frozen-browser', 6);
  // One second in, once it printed a deck: a browser frozen as it starts is issue 16's fault, not this one.
  const firstDeck = 'until [ -n "$(find $OUT -name \'*.pdf\' 2>/dev/null)" ]; do sleep 0.05; done';
  const { launches } = wrapBrowser(dir, `(sleep 1; ${firstDeck}; kill -STOP $$) &`, DECK_TIMEOUT_MS);
  const ended = await runLimited(dir, ['--all', '--format', 'pdf']);
  launches().forEach(killGroup);
  return (
    `${endedText(ended)} in ${seconds(ended.ms)} (deck timeout ${seconds(DECK_TIMEOUT_MS)}); ` +
    `${deckPdfs(dir).length} of 6 decks printed, ${launches().length} browser starts` +
    (ended.status === 0 ? '' : `; "${ended.stderr.trim().split('\n')[0]}"`)
  );
};

/** An unhandled error prints node's own report: the event, or a stack. */
const UNHANDLED = /Unhandled|ECONNRESET|^\s+at /m;

export const killedBrowser: Drill = async (work, { runs }) => {
  let unhandled = 0;
  let whole = 0;
  for (let run = 0; run < runs; run++) {
    // Spread over 0.7-1 s after the browser started, where the runs saw the error.
    const delay = (0.7 + (0.3 * run) / Math.max(1, runs - 1)).toFixed(2);
    const dir = accountsProject(work, `killed-browser-${run}`, 6);
    const { launches } = wrapBrowser(dir, `(sleep ${delay}; kill -9 $$) &`, 60_000);
    const ended = await runLimited(dir, ['--all', '--format', 'pdf']);
    launches().forEach(killGroup);
    if (UNHANDLED.test(ended.stderr) || ended.limited) unhandled++;
    if (ended.status === 0 && deckPdfs(dir).length === 6) whole++;
  }
  return `${runs} runs: ${unhandled} ended with an unhandled error; ${whole} exit 0 with all 6 decks printed`;
};

/**
 * What qbr asks the browser, in the order a two-deck run first asks it: from the connection
 * (Target.*) through the first page's attach, a new page, a print, its stream, a page closed.
 */
const COMMANDS = [
  'Target.setDiscoverTargets',
  'Target.setAutoAttach',
  'Network.enable',
  'Page.enable',
  'Runtime.enable',
  'Page.addScriptToEvaluateOnNewDocument',
  'Emulation.setDeviceMetricsOverride',
  'Network.setCacheDisabled',
  'Fetch.enable',
  'Target.createTarget',
  'Runtime.callFunctionOn',
  'Page.printToPDF',
  'IO.read',
  'IO.close',
  'Target.closeTarget',
];

/** The browser killed as qbr sends each command above, a process it left holding the pipe open. */
export const killedAtEachCommand: Drill = async (work) => {
  const slow: string[] = [];
  let whole = 0;
  let longest = 0;
  for (const command of COMMANDS) {
    const dir = accountsProject(work, `killed-at-${command}`, 2);
    const { launches } = wrapBrowser(dir, 'sleep 600 &', 60_000);
    const { nodeArgs, env } = killBrowserOn(dir, command);
    const ended = await runLimited(dir, ['--all', '--format', 'pdf'], nodeArgs, env);
    launches().forEach(killGroup);
    longest = Math.max(longest, ended.ms);
    if (ended.status === 0 && deckPdfs(dir).length === 2 && launches().length === 2) whole++;
    if (ended.ms > 20_000) slow.push(command);
  }
  return (
    `${COMMANDS.length} commands: ${whole} runs exit 0 with both decks printed on a second browser; ` +
    `the longest ${seconds(longest)}` +
    (slow.length > 0 ? `; over 20 s: ${slow.join(', ')}` : '')
  );
};
