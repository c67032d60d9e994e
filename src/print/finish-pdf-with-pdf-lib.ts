/**
 * The finishing pass for a PDF that is not written the way Chromium writes it (see
 * finish-pdf.ts): pdf-lib parses the whole file, sets the same metadata, drops the XMP
 * metadata and the document id, renumbers the tag ids, and saves it again. Loaded only then.
 */
import type { PDFContext, PDFObject } from '@cantoo/pdf-lib';
import * as lib from '@cantoo/pdf-lib';
import type { PdfMetadata } from './finish-pdf.ts';

type PdfLib = typeof lib;

/** finishPdf's result, by parsing and saving the whole file. */
export async function finishWithPdfLib(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  // Parsed and saved in one go: pdf-lib pauses every 100 and 50 objects by default (for a page
  // that must stay responsive), which only adds timer waits to a one-deck run.
  const document = await lib.PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: lib.ParseSpeeds.Fastest });
  const date = new Date(`${meta.date}T00:00:00Z`);
  document.setTitle(meta.title, { showInWindowTitleBar: true });
  document.setAuthor(meta.author);
  document.setSubject(meta.subject);
  document.setKeywords(meta.keywords);
  document.setCreator('qbr');
  document.setProducer('qbr');
  document.setCreationDate(date);
  document.setModificationDate(date);
  document.catalog.delete(lib.PDFName.of('Metadata'));
  document.context.trailerInfo.ID = undefined;
  renumberTagIds(document.context, lib);
  // Objects written as they are, like Chromium writes them: packing them into compressed object
  // streams made the file a quarter smaller and cost a quarter of pdf-lib's time.
  return document.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

const TAG_ID = /^node\d+$/;

/**
 * Chromium names structure elements `node00000141` from a counter that runs across the
 * browser's life, so the same deck gets other ids in a batch. They are renumbered from 1 in
 * their original order, which keeps the sorted ID tree sorted.
 */
function renumberTagIds(context: PDFContext, lib: PdfLib): void {
  const found = new Set<string>();
  walkTagIds(context, lib, (id) => (found.add(id), undefined));
  const renamed = new Map([...found].sort().map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]));
  walkTagIds(context, lib, (id) => renamed.get(id));
}

/** Calls `visit` with each tag-id string; a string it returns replaces that one. */
function walkTagIds(context: PDFContext, { PDFArray, PDFDict, PDFString }: PdfLib, visit: (id: string) => string | undefined): void {
  const replace = (value: PDFObject | undefined) => {
    if (!(value instanceof PDFString) || !TAG_ID.test(value.asString())) return undefined;
    const next = visit(value.asString());
    return next === undefined ? undefined : PDFString.of(next);
  };
  const walk = (object: PDFObject | undefined, depth: number): void => {
    if (depth > 8) return;
    if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) {
        const next = replace(object.get(i));
        if (next) object.set(i, next);
        else walk(object.get(i), depth + 1);
      }
    } else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        const next = replace(value);
        if (next) object.set(key, next);
        else walk(value, depth + 1);
      }
    }
  };
  for (const [, object] of context.enumerateIndirectObjects()) walk(object, 0);
}
