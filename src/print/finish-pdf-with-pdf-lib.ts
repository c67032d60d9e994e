/**
 * The thorough finishing pass, loaded only when it is needed (see finish-pdf.ts): pdf-lib parses
 * the whole file, sets the same metadata, drops the XMP metadata and the document id, renumbers
 * the tag ids in the order of the elements that carry them, gives bookmarks back the spaces
 * Chromium drops where a heading wraps, and saves it again.
 */
import type { PDFContext, PDFDict as PdfDict, PDFDocument, PDFObject } from '@cantoo/pdf-lib';
import * as lib from '@cantoo/pdf-lib';
import { headingLookup, type PdfMetadata } from './pdf-metadata.ts';

type PdfLib = typeof lib;

/** finishPdf's result, by parsing and saving the whole file. */
export async function finishWithPdfLib(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  // Parsed and saved in one go: pdf-lib pauses every 100 and 50 objects by default (for a page
  // that must stay responsive), which only adds timer waits.
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
  restoreBookmarkSpaces(document, lib, meta.headings ?? []);
  // Objects written as they are, like Chromium writes them: compressed object streams cost
  // pdf-lib more time than the bytes are worth.
  return document.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

/**
 * Chromium drops the space where a heading wraps ("International" + "Consolidated" on the next
 * line make "InternationalConsolidated" in the bookmark): a bookmark that differs from a
 * heading only by white space gets the heading's text.
 */
function restoreBookmarkSpaces(
  document: PDFDocument,
  { PDFDict, PDFHexString, PDFName, PDFString }: PdfLib,
  headings: string[],
): void {
  const headingOf = headingLookup(headings);
  const walk = (ref: PDFObject | undefined): void => {
    let item = ref ? document.context.lookup(ref, PDFDict) : undefined;
    while (item) {
      const title = item.get(PDFName.of('Title'));
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : undefined;
      const heading = text === undefined ? undefined : headingOf(text);
      if (heading !== undefined && heading !== text) item.set(PDFName.of('Title'), PDFHexString.fromText(heading));
      walk(item.get(PDFName.of('First')));
      const next = item.get(PDFName.of('Next'));
      item = next ? document.context.lookup(next, PDFDict) : undefined;
    }
  };
  const outlines = document.catalog.get(PDFName.of('Outlines'));
  if (outlines) walk(document.context.lookup(outlines, PDFDict).get(PDFName.of('First')));
}

const TAG_ID = /^node\d+$/;

/**
 * Chromium names structure elements `node00000141` from a counter that runs across the
 * browser's life, so the same deck gets other ids in a batch; and the order it hands them out
 * in follows when each element was first painted, which can vary from one print to the next
 * (a long table seen with its fonts loaded or not yet). They are renumbered from 1 in the order
 * of the elements that carry them, which Chromium writes the same every time, and the ID tree
 * is rebuilt sorted by the new names.
 */
export function renumberTagIds(context: PDFContext, lib: PdfLib): void {
  const { PDFDict, PDFName, PDFString } = lib;
  const carried: string[] = [];
  for (const [, object] of context.enumerateIndirectObjects()) {
    const id = object instanceof PDFDict ? object.get(PDFName.of('ID')) : undefined;
    if (id instanceof PDFString && TAG_ID.test(id.asString())) carried.push(id.asString());
  }
  const found = new Set<string>();
  walkTagIds(context, lib, (id) => (found.add(id), undefined));
  const order = [...new Set([...carried, ...[...found].sort()])];
  const renamed = new Map(order.map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]));
  walkTagIds(context, lib, (id) => renamed.get(id));
  sortIdTree(context, lib);
}

/** The structure tree's ID tree as one node whose names are sorted, as a name tree must be. */
function sortIdTree(context: PDFContext, { PDFArray, PDFDict, PDFName, PDFRef, PDFString }: PdfLib): void {
  const catalog = context.lookup(context.trailerInfo.Root);
  const root = catalog instanceof PDFDict ? catalog.lookup(PDFName.of('StructTreeRoot')) : undefined;
  const treeRef = root instanceof PDFDict ? root.get(PDFName.of('IDTree')) : undefined;
  const tree = treeRef ? context.lookup(treeRef) : undefined;
  if (!(tree instanceof PDFDict)) return;
  const pairs: Array<[string, PDFObject]> = [];
  const collect = (node: PdfDict, depth: number) => {
    const names = node.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray) {
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const key = names.lookup(i);
        if (key instanceof PDFString) pairs.push([key.asString(), names.get(i + 1)]);
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (!(kids instanceof PDFArray) || depth > 8) return;
    for (let i = 0; i < kids.size(); i++) {
      const kid = kids.get(i);
      const dict = context.lookup(kid);
      if (dict instanceof PDFDict) collect(dict, depth + 1);
      if (kid instanceof PDFRef) context.delete(kid);
    }
  };
  collect(tree, 0);
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  tree.delete(PDFName.of('Kids'));
  tree.delete(PDFName.of('Limits'));
  tree.set(PDFName.of('Names'), context.obj(pairs.flatMap(([key, value]) => [PDFString.of(key), value])));
}

/** Calls `visit` with each tag-id string; a string it returns replaces that one. */
function walkTagIds(
  context: PDFContext,
  { PDFArray, PDFDict, PDFString }: PdfLib,
  visit: (id: string) => string | undefined,
): void {
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
