import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Plain Norwegian documents as PDF, made on the server with pdfmake 0.3 and its bundled Roboto
 * fonts. Nothing is fetched: no URLs, and only the font files may be read from disk.
 */
export interface PdfSection {
  heading?: string;
  paragraphs?: string[];
  table?: { head: string[]; rows: string[][] };
}

export interface PdfDocumentContent {
  title: string;
  /** Small print above the title: the office, a reference. */
  header?: string[];
  sections: PdfSection[];
  /** PDF metadata. */
  author: string;
  subject: string;
}

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(definition: unknown): { getBuffer(): Promise<Buffer> };
}

let pdfmake: PdfMake | null = null;

function printer(): PdfMake {
  if (pdfmake) return pdfmake;
  const require = createRequire(import.meta.url);
  const instance = require('pdfmake') as PdfMake;
  const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const fonts = {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  };
  const allowed = new Set(Object.values(fonts));
  instance.setFonts({ Roboto: fonts });
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((path) => allowed.has(path));
  pdfmake = instance;
  return instance;
}

/** The document as PDF bytes. */
export async function renderPdf(content: PdfDocumentContent): Promise<Buffer> {
  const body: unknown[] = [];
  for (const line of content.header ?? []) body.push({ text: line, style: 'small' });
  body.push({ text: content.title, style: 'title' });
  for (const section of content.sections) {
    if (section.heading) body.push({ text: section.heading, style: 'heading' });
    for (const p of section.paragraphs ?? []) body.push({ text: p, style: 'body' });
    if (section.table) {
      body.push({
        table: {
          headerRows: 1,
          widths: section.table.head.map((_, k) => (k === 0 ? '*' : 'auto')),
          body: [section.table.head.map((h) => ({ text: h, bold: true })), ...section.table.rows],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 4, 0, 8],
      });
    }
  }
  const definition = {
    info: { title: content.title, author: content.author, subject: content.subject },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    content: body,
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      small: { fontSize: 9, color: '#444444' },
      title: { fontSize: 15, bold: true, margin: [0, 12, 0, 10] },
      heading: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      body: { margin: [0, 0, 0, 6] },
    },
  };
  return printer().createPdf(definition).getBuffer();
}
