/**
 * A TrueType font under another family name. node-canvas registers a font file only when no
 * registered file has the same family, weight and style: the second subset of Noto Sans JP
 * (or of Inter) would be dropped without a word. Each subset is renamed to a family of its own
 * ("QBR Noto Sans JP 58") and the charts name every family they need.
 */

/** `sfnt` (TrueType bytes) with its `name` table replaced by one naming `family`. */
export function renameFont(sfnt: Uint8Array, family: string, style: string): Buffer {
  const font = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const record = 12 + i * 16;
    const offset = font.readUInt32BE(record + 8);
    tables.set(
      font.toString('latin1', record, record + 4),
      font.subarray(offset, offset + font.readUInt32BE(record + 12)),
    );
  }
  tables.set('name', nameTable(family, style));
  return writeSfnt(font.readUInt32BE(0), tables);
}

/**
 * A format-0 name table with the names FreeType and fontconfig read: family (1), style (2),
 * full name (4) and PostScript name (6), in the Windows Unicode encoding.
 */
export function nameTable(family: string, style: string): Buffer {
  const names: Array<[number, string]> = [
    [1, family],
    [2, style],
    [4, `${family} ${style}`],
    [6, `${family}-${style}`.replace(/[^A-Za-z0-9-]/g, '')],
  ];
  const strings = names.map(([, text]) => Buffer.from(text, 'utf16le').swap16());
  const header = Buffer.alloc(6 + 12 * names.length);
  header.writeUInt16BE(names.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  names.forEach(([id], i) => {
    const record = 6 + 12 * i;
    header.writeUInt16BE(3, record); // Windows
    header.writeUInt16BE(1, record + 2); // Unicode BMP
    header.writeUInt16BE(0x409, record + 4); // English (United States)
    header.writeUInt16BE(id, record + 6);
    header.writeUInt16BE(strings[i]!.length, record + 8);
    header.writeUInt16BE(offset, record + 10);
    offset += strings[i]!.length;
  });
  return Buffer.concat([header, ...strings]);
}

/** The sfnt file of `tables`, each four-byte aligned, with its directory and checksums. */
function writeSfnt(version: number, tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const power = 2 ** Math.floor(Math.log2(tags.length));
  const directory = Buffer.alloc(12 + 16 * tags.length);
  directory.writeUInt32BE(version, 0);
  directory.writeUInt16BE(tags.length, 4);
  directory.writeUInt16BE(power * 16, 6);
  directory.writeUInt16BE(Math.log2(power), 8);
  directory.writeUInt16BE(tags.length * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = directory.length;
  tags.forEach((tag, i) => {
    const table = tables.get(tag)!;
    const padded = Buffer.concat([table, Buffer.alloc((4 - (table.length % 4)) % 4)]);
    const record = 12 + 16 * i;
    directory.write(tag, record, 'latin1');
    directory.writeUInt32BE(checksum(padded), record + 4);
    directory.writeUInt32BE(offset, record + 8);
    directory.writeUInt32BE(table.length, record + 12);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([directory, ...bodies]);
}

function checksum(padded: Buffer): number {
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}
