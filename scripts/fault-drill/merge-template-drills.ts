/**
 * Issue 26, items 9 and 10: shards that must not be merged (made by different versions, a
 * symbolic link where qbr wrote a file, a health edited by hand), and a template override that
 * drops the deck's Content-Security-Policy: what the written HTML asks for when opened.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../../src/print/find-browser.ts';
import { type Drill, accountsProject, endedText, runLimited, VALID } from './drill-kit.ts';
import { filesUnder, ROOT } from './rigs.ts';

/** Two shards of two accounts (`s1`, `s2`), as a run's shards are made. */
async function shards(work: string, name: string): Promise<string> {
  const dir = accountsProject(work, name, 2);
  for (const i of [1, 2]) await runLimited(dir, ['--all', '--format', 'json', '--shard', `${i}/2`, '--out', `s${i}`]);
  return dir;
}

/** The team folder of the shard that holds account-01. */
const teamOf01 = (dir: string) =>
  ['s1', 's2']
    .map((s) => join(dir, s, '2025-Q1', 'team'))
    .find((team) => existsSync(join(team, 'account-01-qbr-2025-Q1.json')))!;

const SPOILERS: Record<string, (team: string) => void> = {
  'mixed versions': (team) => {
    const path = join(team, 'manifest.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"program": "\w+"/, `"program": "${'f'.repeat(64)}"`));
  },
  'a summary linked to /etc/hostname': (team) => {
    const summary = join(team, 'account-01-qbr-2025-Q1.json');
    renameSync(summary, `${summary}-moved`);
    symlinkSync('/etc/hostname', summary);
  },
  "a summary's health edited": (team) => {
    const summary = join(team, 'account-01-qbr-2025-Q1.json');
    writeFileSync(summary, readFileSync(summary, 'utf8').replace(/"health": \d+/, '"health": 99'));
  },
  "a manifest entry's health edited": (team) => {
    const path = join(team, 'manifest.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"health": \d+/, '"health": 99'));
  },
};

export const mergeRefusals: Drill = async (work) => {
  const made = await shards(work, 'merge-shards');
  const answers: string[] = [];
  for (const [n, [kind, spoil]] of Object.entries(SPOILERS).entries()) {
    const dir = join(work, `merge-${n}`);
    cpSync(made, dir, { recursive: true });
    spoil(teamOf01(dir));
    const ended = await runLimited(dir, ['merge', 's1', 's2', '--out', 'merged']);
    const written = existsSync(join(dir, 'merged')) ? 'OUT written' : 'nothing written';
    // Its first line, each path by its last part: what it refused, and why.
    const said = ended.stderr.split('\n')[0]!.replace(/(?:[^\s:/]*\/)+([^\s/:]+)/g, '$1');
    answers.push(`${kind}: ${endedText(ended)}, ${written} ("${said}")`);
  }
  return answers.join('; ');
};

export const templateCsp: Drill = async (work) => {
  const dir = join(work, 'template-csp');
  cpSync(join(ROOT, 'test', 'fixtures', 'templates-no-policy'), dir, { recursive: true });
  mkdirSync(join(dir, 'data'));
  cpSync(VALID, join(dir, 'data', 'account.yaml'));
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const browser = await puppeteer.launch({ executablePath: findBrowser({}), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    // The fixture points at 127.0.0.1:9; here, at this server.
    const template = join(dir, 'brand', 'deck.hbs');
    const port = (server.address() as AddressInfo).port;
    const text = readFileSync(template, 'utf8');
    const urls = text.split('127.0.0.1:9/').length - 1;
    writeFileSync(template, text.replaceAll('127.0.0.1:9/', `127.0.0.1:${port}/`));
    const ended = await runLimited(dir, ['account', '--format', 'html']);
    const html = filesUnder(join(dir, 'out')).find((f) => f.endsWith('account-qbr-2025-Q1.html'));
    if (!html) return `the deck was not written (${endedText(ended)}): ${ended.stderr.split('\n')[0]}`;
    const page = await browser.newPage();
    await page.goto(`file://${join(dir, 'out', html)}`, { waitUntil: 'networkidle0' });
    return `the written HTML, opened in Chromium, made ${hits.length} requests (its template names ${urls} URLs)`;
  } finally {
    await browser.close();
    await new Promise((closed) => server.close(closed));
  }
};
