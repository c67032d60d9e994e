// Preloaded into the CLI's process by a fault test: the first time qbr sends the browser the
// protocol command $QBR_FAULT_KILL_ON (Network.enable, say), the browser whose pid heads the
// launch log $QBR_FAULT_LAUNCHES (wrapBrowser's) is killed, before it can answer. A moment
// no timer in a wrapper script can hit reliably.
import { readFileSync } from 'node:fs';
import { Socket } from 'node:net';

const method = process.env.QBR_FAULT_KILL_ON;
const launches = process.env.QBR_FAULT_LAUNCHES;
const write = Socket.prototype.write;
let killed = false;
Socket.prototype.write = function (chunk, ...rest) {
  if (!killed && method && launches && typeof chunk === 'string' && chunk.includes(`"method":"${method}"`)) {
    killed = true;
    process.kill(Number(readFileSync(launches, 'utf8').split('\n')[0]), 'SIGKILL');
  }
  return write.call(this, chunk, ...rest);
};
