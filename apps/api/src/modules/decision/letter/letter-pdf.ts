import type { LetterContent, LetterTable } from '@kompetansemidler/domain';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { embedPdfFonts } from '../../../common/pdf-fonts.js';
import { setPdfMetadata } from '../../../common/pdf-metadata.js';

/** What the PDF says about itself, besides the content. */
export interface LetterPdfMeta {
  /** The sender shown in the letter head (the office). */
  office: string;
  /** The letter's creation and modification date: the same content and date give the same bytes. */
  date: Date;
  /** The document's subject in its metadata (default «Vedtaksbrev»). */
  subject?: string;
  /** Optional mark across the head, e.g. «UTKAST» for a preview. */
  watermark?: string;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { left: 62, right: 62, top: 64, bottom: 64 };
const BODY = 10.5;
const LEADING = 14.5;
const TEXT = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.35, 0.35);

/**
 * Renders a letter's content as an A4 PDF in DejaVu Sans, embedded and subset (common/pdf-fonts):
 * Norwegian and the Sámi alphabets (č đ ŋ š ŧ ž) are written as they are. A character the font
 * lacks (none in Latin, Greek or Cyrillic) is written without its diacritic, or as «?».
 */
export async function renderLetterPdf(
  content: LetterContent,
  meta: LetterPdfMeta,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  setPdfMetadata(doc, {
    title: content.title,
    author: meta.office,
    subject: meta.subject ?? 'Vedtaksbrev',
    creator: 'Kompetansemidler',
    producer: 'Kompetansemidler (pdf-lib)',
    language: 'nb-NO',
    date: meta.date,
  });
  const { regular, bold } = await embedPdfFonts(doc);
  const writer = new PageWriter(doc, regular, bold);

  writer.line(meta.office, { font: bold, size: 11 });
  writer.line(content.date, { size: BODY, color: MUTED });
  if (meta.watermark)
    writer.line(meta.watermark, { font: bold, size: 11, color: rgb(0.7, 0.1, 0.1) });
  writer.gap(10);
  for (const line of content.recipient) writer.line(line);
  writer.gap(18);
  writer.paragraph(content.title, { font: bold, size: 15, leading: 19 });
  writer.gap(8);
  for (const section of content.sections) {
    if (section.heading) {
      writer.gap(6);
      writer.keepSpace(LEADING * 3);
      writer.paragraph(section.heading, { font: bold, size: 12, leading: 16 });
    }
    for (const paragraph of section.paragraphs) {
      for (const line of paragraph.split('\n')) writer.paragraph(line);
      writer.gap(5);
    }
    if (section.table) writer.table(section.table);
    for (const item of section.list ?? []) writer.paragraph(item, { indent: 12, bullet: '–' });
    if (section.list?.length) writer.gap(5);
  }
  writer.footers(content.title);
  return doc.save();
}

interface TextOptions {
  font?: PDFFont;
  size?: number;
  leading?: number;
  color?: ReturnType<typeof rgb>;
  indent?: number;
  bullet?: string;
}

/** Lays text down a page and onto new ones, wrapping words to the margins. */
class PageWriter {
  private page: PDFPage;
  private y: number;
  private readonly pages: PDFPage[] = [];
  private readonly charset: Set<number>;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.charset = new Set(regular.getCharacterSet());
    this.page = this.newPage();
    this.y = A4.height - MARGIN.top;
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(page);
    return page;
  }

  private get width(): number {
    return A4.width - MARGIN.left - MARGIN.right;
  }

  /** Text the font can write: unknown characters lose their diacritics, or become «?». */
  safe(text: string): string {
    let out = '';
    for (const ch of text.replace(/\u2212/g, '-').replace(/\u00a0|\u202f/g, ' ')) {
      if (this.charset.has(ch.codePointAt(0)!)) {
        out += ch;
        continue;
      }
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += [...base].every((c) => this.charset.has(c.codePointAt(0)!)) ? base : '?';
    }
    return out;
  }

  keepSpace(height: number): void {
    if (this.y - height < MARGIN.bottom) {
      this.page = this.newPage();
      this.y = A4.height - MARGIN.top;
    }
  }

  gap(points: number): void {
    this.y -= points;
  }

  line(text: string, options: TextOptions = {}): void {
    this.paragraph(text, options);
  }

  paragraph(text: string, options: TextOptions = {}): void {
    const font = options.font ?? this.regular;
    const size = options.size ?? BODY;
    const leading = options.leading ?? LEADING;
    const indent = options.indent ?? 0;
    const words = this.safe(text)
      .split(/\s+/)
      .filter((w) => w.length > 0);
    const lines: string[] = [];
    let current = '';
    for (const word of words) {
      const candidate = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= this.width - indent || !current) {
        current = candidate;
      } else {
        lines.push(current);
        current = word;
      }
    }
    if (current) lines.push(current);
    if (lines.length === 0) lines.push('');
    lines.forEach((l, k) => {
      this.keepSpace(leading);
      this.y -= leading;
      if (options.bullet && k === 0) {
        this.page.drawText(options.bullet, { x: MARGIN.left, y: this.y, size, font, color: TEXT });
      }
      this.page.drawText(l, {
        x: MARGIN.left + indent,
        y: this.y,
        size,
        font,
        color: options.color ?? TEXT,
      });
    });
  }

  table(table: LetterTable): void {
    const size = 9.5;
    const columns = table.columns.length;
    const first = 60;
    const rest = (this.width - first) / Math.max(1, columns - 1);
    const xOf = (k: number) => MARGIN.left + (k === 0 ? 0 : first + (k - 1) * rest);
    const row = (cells: readonly string[], font: PDFFont) => {
      this.keepSpace(LEADING);
      this.y -= LEADING;
      cells.forEach((cell, k) => {
        const text = this.safe(cell);
        const width = font.widthOfTextAtSize(text, size);
        // Amounts right-aligned in their column; the year left-aligned.
        const x = k === 0 ? xOf(0) : xOf(k) + rest - width - 4;
        this.page.drawText(text, { x, y: this.y, size, font, color: TEXT });
      });
    };
    row(table.columns, this.bold);
    this.page.drawLine({
      start: { x: MARGIN.left, y: this.y - 3 },
      end: { x: MARGIN.left + this.width, y: this.y - 3 },
      thickness: 0.5,
      color: MUTED,
    });
    this.y -= 2;
    for (const cells of table.rows) row(cells, this.regular);
    if (table.rows.some((r) => r[0]?.endsWith('*'))) {
      this.paragraph('* Forutsetter Stortingets bevilgning for året.', { size: 9, color: MUTED });
    }
    this.gap(8);
  }

  /** «Side n av m» and the title at the foot of every page. */
  footers(title: string): void {
    const total = this.pages.length;
    this.pages.forEach((page, k) => {
      const text = this.safe(`${title} – side ${k + 1} av ${total}`);
      page.drawText(text, {
        x: MARGIN.left,
        y: MARGIN.bottom / 2,
        size: 8,
        font: this.regular,
        color: MUTED,
      });
    });
  }
}
