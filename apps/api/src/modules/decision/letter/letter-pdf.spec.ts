import type { LetterContent } from '@kompetansemidler/domain';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../test/pdf-text.js';
import { pdfFontBytes } from '../../../common/pdf-fonts.js';
import { renderPdf } from '../../archive/pdf-document.js';
import { renderLetterPdf } from './letter-pdf.js';

/** A Northern Sámi party: č đ ŋ ŧ are outside Helvetica's Windows-1252 and were lost before. */
const PARTY = 'Gáivuona suohkan – Čáhcesullo ŋ ŧ đ';
const CAPITALS = 'ČĐŊŦ čđŋŧ ŠŽ šž Áá';

const letter = (overrides: Partial<LetterContent> = {}): LetterContent => ({
  title: `Vedtak om kompetansemidler – ${CAPITALS}`,
  date: '3. desember 2026',
  recipient: [PARTY, 'Postboks 64', '9146 Olderdalen'],
  sections: [
    {
      heading: 'Tilskudd',
      paragraphs: [`${PARTY} får tilskudd til Kompetanseløftet i Gáivuotna.`],
      table: { columns: ['År', PARTY], rows: [['2027', '120 000 kr']] },
      list: ['Rapport innen 1. mars 2028 – ŋ ŧ đ'],
    },
  ],
  complaintDeadline: '2026-12-24',
  reportDeadline: '2028-03-01',
  reportDeadlineAssumed: false,
  ...overrides,
});

const A4_WIDTH = 595.28;
const RIGHT_MARGIN = 62;

/** pdf.js's text items of every page with their right edge in points. */
async function textItems(bytes: Uint8Array): Promise<{ str: string; right: number }[]> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
  }).promise;
  const items: { str: string; right: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) {
      if ('str' in item && item.str.trim()) {
        items.push({ str: item.str, right: item.transform[4] + item.width });
      }
    }
  }
  await doc.destroy();
  return items;
}

describe('letter PDFs in Sámi', () => {
  it('writes č đ ŋ ŧ (and their capitals) in a decision letter exactly as given', async () => {
    const bytes = await renderLetterPdf(letter(), {
      office: 'Troms fylkeskommune – Romssa fylkkasuohkan',
      date: new Date('2026-12-03T12:00:00Z'),
    });
    const text = await pdfText(bytes);
    expect(text).toContain(PARTY);
    expect(text).toContain(CAPITALS);
    expect(text).toContain('Romssa fylkkasuohkan');
    expect(text).toContain('Rapport innen 1. mars 2028 – ŋ ŧ đ');
    expect(text).not.toContain('?');
  });

  it('writes them in an archive document (complaint, report, repayment letter) as well', async () => {
    const bytes = await renderPdf({
      title: `Klage fra ${PARTY}`,
      header: [PARTY],
      author: 'Čáhcesullo ŋ ŧ đ',
      date: '2026-12-03',
      sections: [
        { heading: 'Grunnlag', paragraphs: [`Klagen gjelder ${PARTY}.`] },
        { table: { head: ['Part', 'Beløp'], rows: [[PARTY, '5 000 kr']] } },
      ],
    });
    const text = await pdfText(new Uint8Array(bytes));
    expect(text).toContain(`Klage fra ${PARTY}`);
    expect(text).toContain(`Klagen gjelder ${PARTY}.`);
    expect(text).toContain('Čáhcesullo ŋ ŧ đ');
    expect(text).not.toContain('?');
  });

  it('embeds its fonts as subsets: no standard font, no whole font file', async () => {
    const bytes = await renderLetterPdf(letter(), { office: 'Troms', date: new Date(0) });
    const doc = await PDFDocument.load(bytes);
    const fonts = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter(
        (o): o is PDFDict =>
          o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('Font'),
      );
    const baseFonts = fonts.map((f) => f.get(PDFName.of('BaseFont'))?.toString() ?? '');
    // pdf-lib names a subset «DejaVuSans-<n>»: a Type0 font and its CID font, regular and bold.
    expect(baseFonts).toHaveLength(4);
    for (const name of baseFonts) expect(name).toMatch(/^\/DejaVuSans(-Bold)?-\d+$/);
    const descriptors = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter(
        (o): o is PDFDict =>
          o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'),
      );
    expect(descriptors).toHaveLength(2);
    for (const d of descriptors) expect(d.get(PDFName.of('FontFile2'))).toBeDefined();
    const files = await pdfFontBytes();
    expect(bytes.length).toBeLessThan((files.regular.length + files.bold.length) / 4);
  });

  it('measures the embedded font when wrapping: no line runs into the right margin', async () => {
    const long = Array.from({ length: 40 }, (_, k) => `Čáhcesullo${k} ŋŧđ`).join(' ');
    const bytes = await renderLetterPdf(
      letter({ sections: [{ heading: 'Lang tekst', paragraphs: [long] }] }),
      { office: 'Troms', date: new Date(0) },
    );
    const items = await textItems(bytes);
    const body = items.filter((i) => i.str.includes('Čáhcesullo'));
    expect(body.length).toBeGreaterThan(3); // wrapped over several lines
    for (const item of body) expect(item.right).toBeLessThanOrEqual(A4_WIDTH - RIGHT_MARGIN + 0.5);
    // Every word survives the wrapping, in order.
    const words = body
      .map((i) => i.str)
      .join(' ')
      .split(/\s+/);
    expect(words.filter((w) => /^Čáhcesullo\d+$/.test(w))).toHaveLength(40);
    expect((await pdfText(bytes)).replace(/\s+/g, ' ')).toContain(long);
  });

  it('describes itself in XMP metadata that agrees with its document information, with an ID', async () => {
    const render = () =>
      renderLetterPdf(letter(), {
        office: 'Romssa fylkkasuohkan',
        date: new Date('2026-12-03T12:00:00Z'),
      });
    const bytes = await render();
    const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    const { info: infoObject, metadata } = await doc.getMetadata();
    const info = infoObject as Record<string, unknown>;
    const [id, instance] = doc.fingerprints;
    await doc.destroy();
    expect(info.Title).toBe(`Vedtak om kompetansemidler – ${CAPITALS}`);
    expect(metadata?.get('dc:title')).toBe(info.Title);
    expect(metadata?.get('dc:creator')).toEqual(['Romssa fylkkasuohkan']);
    expect(info.Author).toBe('Romssa fylkkasuohkan');
    expect(metadata?.get('dc:description')).toBe('Vedtaksbrev');
    expect(metadata?.get('xmp:createdate')).toBe('2026-12-03T12:00:00Z');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    // The trailer's own ID (pdf.js would otherwise hash the file), the same ID twice.
    expect(instance ?? id).toBe(id);
    const trailerId = /\/ID\s*\[\s*<([0-9A-F]{32})>\s*<([0-9A-F]{32})>\s*\]/.exec(
      Buffer.from(bytes).toString('latin1'),
    );
    expect(trailerId?.[1]?.toLowerCase()).toBe(id);
    // The same letter and date give the same bytes, ID included.
    expect(Buffer.from(await render()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reads the font files once per process', async () => {
    expect(await pdfFontBytes()).toBe(await pdfFontBytes());
  });
});
