import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../test/test-server.js';
import { sqlOn, type Headers } from './support/common.js';
import { startMoneyWorld, complaintsSettled, reportAcceptedWithClaim } from './support/money.js';

// The round's archive (Noark 5-style) and another county's view of the files. The payments' and complaints' stories it needs (money-payments, money-complaints) are played through the API in beforeAll.

describe('the round archive and the county wall over HTTP', () => {
  let api: TestApi;
  let admin: Headers;
  let round2025: string;
  let round2026: string;

  beforeAll(async () => {
    const world = await startMoneyWorld();
    ({ api, admin, round2025, round2026 } = world);
    await reportAcceptedWithClaim(world);
    await complaintsSettled(world);
  });

  afterAll(() => api?.close());

  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []) {
    return sqlOn<T>(api, query, params);
  }

  function get(path: string, headers: Headers = {}) {
    return fetch(`${api.server.url}${path}`, { headers });
  }

  // ---------------------------------------------------------------- archive

  async function archiveOf(roundId: string) {
    const response = await get(`/exports/rounds/${roundId}/archive.zip`, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    return JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
  }

  it('exports a round’s case documents as a zip with Noark 5-style metadata and checksums', async () => {
    // One decision letter sent (frozen): it joins the archive as an outgoing document, as the
    // changed decision's letter did.
    const [letterOf] = await sql<{ id: string }>(
      `select id from decision where round_id = ? order by id desc limit 1`,
      [round2026],
    );
    const sent = await api.graphql(
      `mutation($i: SendDecisionLettersInput!) { sendDecisionLetters(input: $i) { id } }`,
      { i: { roundId: round2026, decisionIds: [letterOf!.id] } },
      admin,
    );
    expect(sent.body.errors).toBeUndefined();
    const zip2026 = await archiveOf(round2026);
    const manifest = JSON.parse(await zip2026.file('arkivuttrekk.json')!.async('string')) as {
      dokumenter: {
        saksnummer: string;
        tittel: string;
        dokumentfil: string;
        metadatafil: string;
        sjekksum: string;
      }[];
    };
    expect(manifest.dokumenter.filter((d) => d.tittel.startsWith('Klage på vedtak'))).toHaveLength(
      2,
    );
    const letters = [];
    for (const entry of manifest.dokumenter) {
      const meta = JSON.parse(await zip2026.file(entry.metadatafil)!.async('string'));
      if (meta.dokumentbeskrivelse.dokumenttype === 'Vedtak') letters.push(meta);
    }
    // The letter sent, and the letter of the decision changed after the complaint.
    expect(letters).toHaveLength(2);
    expect(
      manifest.dokumenter.filter((d) => d.tittel.startsWith('Endret vedtak etter klage')),
    ).toHaveLength(1);
    for (const letter of letters) {
      expect(letter.registrering.journalposttype).toBe('utgående dokument');
    }
    for (const entry of manifest.dokumenter) {
      expect(entry.saksnummer).toMatch(/^2026\/\d+$/);
      const pdf = await zip2026.file(entry.dokumentfil)!.async('nodebuffer');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const meta = JSON.parse(await zip2026.file(entry.metadatafil)!.async('string'));
      expect(meta.mappe.saksnummer).toBe(entry.saksnummer);
      expect(['inngående dokument', 'utgående dokument']).toContain(
        meta.registrering.journalposttype,
      );
      expect(meta.dokumentobjekt).toMatchObject({
        format: 'PDF',
        sjekksumAlgoritme: 'SHA256',
        sjekksum: createHash('sha256').update(pdf).digest('hex'),
        filstoerrelse: pdf.length,
      });
    }
    const zip2025 = await archiveOf(round2025);
    const list = JSON.parse(await zip2025.file('arkivuttrekk.json')!.async('string'))
      .dokumenter as { tittel: string }[];
    expect(list.map((d) => d.tittel.split(' – ')[0])).toEqual(
      expect.arrayContaining([
        'Rapport og regnskap 2025',
        'Krav om tilbakebetaling av ubrukte tilskuddsmidler 2025',
      ]),
    );
    expect((await get(`/exports/rounds/${round2025}/archive.zip`)).status).toBe(401);
  });

  it('keeps another county’s adviser out of the files: no round, no rows, no letters', async () => {
    const nordland = await api.as('ADMIN', 'nordland');
    const zip = await get(`/exports/rounds/${round2025}/archive.zip`, nordland);
    expect(zip.status).toBe(404);
    expect(await zip.json()).toEqual({
      error: { code: 'NOT_FOUND', message: `Round ${round2025} was not found.` },
    });
    const csv = await get(`/exports/payments.csv?roundId=${round2025}`, nordland);
    expect(csv.status).toBe(200);
    expect((await csv.text()).trimEnd().split('\r\n')).toHaveLength(1);
    const [claim] = await sql<{ id: string }>(`select id from repayment_claim limit 1`);
    expect((await get(`/files/repayment-claims/${claim!.id}.pdf`, nordland)).status).toBe(404);
  });
});
