#!/usr/bin/env node
// `npm run qbr`: runs the CLI from its bundle (scripts/bundle.mjs), rebuilt first when a source
// file or the installed packages are newer.
import { setFlagsFromString } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { bundledCli } from './bundle.mjs';

// V8 lets the heap grow to four times what is alive before it collects; a run's garbage is each
// deck's strings, dead once the deck is written. Twice is enough: node's peak memory over a
// batch falls, its CPU time and the run's time unchanged (docs/performance.md). V8 reads the flag at
// each collection, so it applies though set after start.
setFlagsFromString('--heap-growing-percent=100');

const { runProgram } = await import(pathToFileURL(await bundledCli()).href);
await runProgram(process.argv.slice(2));
