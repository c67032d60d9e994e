// A browser that crashes while it hands back its first PDF, whatever the machine's speed: it
// runs the real Chromium (the first argument) and relays the DevTools connection, killing
// Chromium and itself the moment a printed PDF comes through. Both of puppeteer's transports
// are relayed: the pipe on file descriptors 3 and 4, and the WebSocket whose address Chromium
// prints on standard error.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { connect, createServer } from 'node:net';

const [chromium, ...args] = process.argv.slice(2);
const PDF = 'JVBERi0'; // "%PDF-" in base64, as Page.printToPDF answers
let tail = '';
/** Whether the PDF's first bytes are in this chunk (or across it and the one before). */
const carriesPdf = (chunk) => {
  const text = tail + chunk.toString('latin1');
  tail = text.slice(-PDF.length);
  return text.includes(PDF);
};
const crash = () => {
  child.kill('SIGKILL');
  process.exit(1);
};

const overPipe = args.includes('--remote-debugging-pipe');
const child = spawn(chromium, args, { stdio: ['ignore', 'inherit', overPipe ? 'inherit' : 'pipe', ...(overPipe ? ['pipe', 'pipe'] : [])] });
child.on('exit', (code) => process.exit(code ?? 1));

if (overPipe) {
  const toPuppeteer = createWriteStream(null, { fd: 4 });
  createReadStream(null, { fd: 3 }).pipe(child.stdio[3]);
  child.stdio[4].on('data', (chunk) => (carriesPdf(chunk) ? crash() : toPuppeteer.write(chunk)));
} else {
  let pending = '';
  child.stderr.on('data', (chunk) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
      const endpoint = line.match(/^DevTools listening on ws:\/\/([^:/]+):(\d+)(\/.*)$/);
      if (endpoint) relay(endpoint[1], Number(endpoint[2]), endpoint[3]);
      else process.stderr.write(`${line}\n`);
    }
  });
}

/** Listens on a port of its own and says that one is Chromium's. */
function relay(host, port, path) {
  const server = createServer((client) => {
    const upstream = connect(port, host);
    client.pipe(upstream);
    upstream.on('data', (chunk) => (carriesPdf(chunk) ? crash() : client.write(chunk)));
    for (const socket of [client, upstream]) socket.on('error', () => client.destroy());
  });
  server.listen(0, '127.0.0.1', () => process.stderr.write(`DevTools listening on ws://127.0.0.1:${server.address().port}${path}\n`));
}
