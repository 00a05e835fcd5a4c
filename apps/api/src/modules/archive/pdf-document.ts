import { norwegianDate, type LetterContent } from '@kompetansemidler/domain';
import { renderLetterPdf } from '../decision/letter/letter-pdf.js';

/**
 * Plain Norwegian documents as PDF, with the decision letters' own renderer (pdf-lib,
 * DejaVu Sans embedded): repayment letters and the archive's renderings of complaints and reports.
 */
export interface PdfSection {
  heading?: string;
  paragraphs?: string[];
  table?: { head: string[]; rows: string[][] };
}

export interface PdfDocumentContent {
  title: string;
  /** The addressee's or the document's lines above the title. */
  header?: string[];
  sections: PdfSection[];
  /** The sender shown in the letter head (the office, or who wrote the document). */
  author: string;
  /** ISO date of the document (default today). */
  date?: string;
}

/** The document as PDF bytes. */
export async function renderPdf(content: PdfDocumentContent): Promise<Buffer> {
  const date = content.date ?? new Date().toISOString().slice(0, 10);
  const letter: LetterContent = {
    title: content.title,
    date: norwegianDate(date),
    recipient: content.header ?? [],
    sections: content.sections.map((s) => ({
      heading: s.heading ?? null,
      paragraphs: s.paragraphs ?? [],
      ...(s.table ? { table: { columns: s.table.head, rows: s.table.rows } } : {}),
    })),
    complaintDeadline: '',
    reportDeadline: null,
    reportDeadlineAssumed: false,
  };
  const bytes = await renderLetterPdf(letter, {
    office: content.author,
    subject: content.title,
    date: new Date(`${date}T12:00:00Z`),
  });
  return Buffer.from(bytes);
}
