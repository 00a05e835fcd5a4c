import { describe, expect, it, vi } from 'vitest';
import { downloadPaths, downloadFile, fileNameOf } from './download.js';
import { paymentSums } from './use-payments.js';

describe('paymentSums', () => {
  it('adds the payments per status', () => {
    expect(
      paymentSums([
        { status: 'PLANNED', amount: 100 },
        { status: 'HELD', amount: 50 },
        { status: 'PAID', amount: 7 },
        { status: 'PLANNED', amount: 1 },
      ]),
    ).toEqual({ PLANNED: 101, HELD: 50, PAID: 7 });
  });
});

describe('downloads', () => {
  it('reads the file name from Content-Disposition', () => {
    expect(fileNameOf('attachment; filename="utbetalinger-troms-2026.csv"')).toBe(
      'utbetalinger-troms-2026.csv',
    );
    expect(fileNameOf(null)).toBeNull();
  });

  it('builds the paths with the round id', () => {
    expect(downloadPaths.paymentsCsv('a b')).toBe('/exports/payments.csv?roundId=a%20b');
    expect(downloadPaths.roundArchive('r1')).toBe('/exports/rounds/r1/archive.zip');
  });

  it('rejects with the API’s message when the download is refused', async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            error: { code: 'FORBIDDEN', message: 'Your role may not fetch this file.' },
          }),
          {
            status: 403,
          },
        ),
    );
    await expect(downloadFile('/exports/payments.csv', 'x.csv', fetchImpl)).rejects.toThrow(
      'Your role may not fetch this file.',
    );
  });
});
