/**
 * Zip archives, the container of a PowerPoint and of its charts' workbooks, read and written
 * with node's zlib rather than a zip library: zlib's deflate is native, where fflate's and
 * JSZip's run in JavaScript and cost the PowerPoint several times the time (docs/performance.md),
 * and these archives need only what is here: written the same way every time (fixed date,
 * entries in the order given), so the same parts give the same bytes; read back with every
 * entry's CRC checked.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** Every entry's modification time: 2000-01-01 00:00, in the DOS format zip files keep. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const UTF8_NAMES = 0x0800;

/** The files of a zip archive by name (folders left out). */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('not a zip archive: bad central directory');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    const content = method === 8 ? new Uint8Array(inflateRawSync(data)) : data;
    if (crc32(content) !== view.getUint32(at + 16, true))
      throw new Error(`not a whole zip archive: ${name} fails its CRC check`);
    if (!name.endsWith('/')) files.set(name, content);
    at += 46 + skip;
  }
  return files;
}

/** A zip archive of `files` in the order given, deflated at `level` (0: stored as they are). */
export function writeZip(files: Array<[string, Uint8Array]>, level: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = level > 0 ? deflateRawSync(data, { level }) : null;
    const stored = deflated && deflated.length < data.length ? deflated : data;
    const method = stored === data ? 0 : 8;
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : UTF8_NAMES;
    const fields = (header: DataView, at: number) => {
      header.setUint16(at, 20, true); // version needed: 2.0
      header.setUint16(at + 2, flags, true);
      header.setUint16(at + 4, method, true);
      header.setUint16(at + 6, DOS_TIME, true);
      header.setUint16(at + 8, DOS_DATE, true);
      header.setUint32(at + 10, crc32(data), true);
      header.setUint32(at + 14, stored.length, true);
      header.setUint32(at + 18, data.length, true);
      header.setUint16(at + 22, nameBytes.length, true);
    };
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    fields(local, 4);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true); // made by: version 2.0, DOS attributes
    fields(central, 6);
    central.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), nameBytes, stored);
    directory.push(new Uint8Array(central.buffer), nameBytes);
    offset += 30 + nameBytes.length + stored.length;
  }
  const size = directory.reduce((sum, c) => sum + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...chunks, ...directory, new Uint8Array(end.buffer)]));
}
