import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/**
 * The fonts of every PDF the API writes (decision letters, repayment letters, the archive's
 * documents): DejaVu Sans from the `dejavu-fonts-ttf` package, embedded and subset with
 * `@pdf-lib/fontkit`. Unlike PDF's standard Helvetica (Windows-1252 only) it carries the whole
 * Northern, Lule and Southern Sámi alphabets (č đ ŋ š ŧ ž, á ï ...) besides æ ø å « » § –.
 */
export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
}

const require = createRequire(import.meta.url);

/** The font files' bytes, read once per process (the first PDF waits for them). */
let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;

export function pdfFontBytes(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  fontBytes ??= Promise.all([
    readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  ]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fontBytes = null; // a failed read is retried by the next PDF, not cached
      throw error;
    },
  );
  return fontBytes;
}

/** Embeds the regular and bold fonts in `doc`, subset to the glyphs the document uses. */
export async function embedPdfFonts(doc: PDFDocument): Promise<PdfFonts> {
  const bytes = await pdfFontBytes();
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(bytes.regular, { subset: true }),
    doc.embedFont(bytes.bold, { subset: true }),
  ]);
  return { regular, bold };
}
