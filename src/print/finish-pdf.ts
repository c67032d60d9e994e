/**
 * Sets the PDF's title, author, subject and dates, and removes what Chromium stamps from the
 * clock (creation time, a random document id), so the same input gives the same bytes.
 */
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The data's cut-off date (ISO), used as creation and modification date. */
  date: string;
}

export async function finishPdf(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const date = new Date(`${meta.date}T00:00:00Z`);
  document.setTitle(meta.title, { showInWindowTitleBar: true });
  document.setAuthor(meta.author);
  document.setSubject(meta.subject);
  document.setKeywords(meta.keywords);
  document.setCreator('qbr');
  document.setProducer('qbr');
  document.setCreationDate(date);
  document.setModificationDate(date);
  document.catalog.delete(PDFName.of('Metadata'));
  document.context.trailerInfo.ID = undefined;
  return document.save({ useObjectStreams: true });
}
