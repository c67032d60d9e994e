import { PDFDocument } from '@cantoo/pdf-lib';
import { readFileSync } from 'node:fs';
const load = async (f: string) => (await PDFDocument.load(readFileSync(f), { updateMetadata: false })).context;
const a = await load('/tmp/d1/2026-Q4/acme-qbr-2026-Q4.pdf'), b = await load('/tmp/d2/2026-Q4/acme-qbr-2026-Q4.pdf');
const ea = a.enumerateIndirectObjects(), eb = new Map(b.enumerateIndirectObjects().map(([r, o]) => [r.toString(), o]));
let n = 0;
for (const [r, o] of ea) { const other = eb.get(r.toString()); const s1 = o.toString(), s2 = other?.toString(); if (s1 !== s2 && n++ < 5) console.log(r.toString(), s1.slice(0, 300), '\n  VS', s2?.slice(0, 300)); }
