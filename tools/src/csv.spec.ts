import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [null, undefined],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n,\r\n');
  });

  it('quotes fields with the delimiter, quotes, line breaks or surrounding spaces', () => {
    expect(csvField('Universitetet i Tromsø, UiT')).toBe('"Universitetet i Tromsø, UiT"');
    expect(csvField('Skolen «Nord» "gamle"')).toBe('"Skolen «Nord» ""gamle"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField('cr\rline')).toBe('"cr\rline"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('Bodø')).toBe('Bodø');
  });

  it('quotes for the delimiter in use only', () => {
    expect(toCsv(['navn', 'beløp'], [['a,b', 1.5]], { delimiter: ';' })).toBe(
      'navn;beløp\r\na,b;1.5\r\n',
    );
    expect(csvField('a;b', ';')).toBe('"a;b"');
  });

  it('keeps text from being run as a spreadsheet formula, but writes negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-1500)).toBe('-1500');
    expect(csvField(9_007_199_254_740_991)).toBe('9007199254740991');
  });

  it('refuses rows of the wrong length, a bad delimiter and non-finite numbers', () => {
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(RangeError);
    expect(() => toCsv(['a'], [], { delimiter: '"' })).toThrow(RangeError);
    expect(() => toCsv(['a'], [], { delimiter: ';;' })).toThrow(RangeError);
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });
});
