import 'reflect-metadata';
import { signDevMachineToken } from '@kompetansemidler/api/src/modules/auth/dev-token.js';
import { DemoSeeder } from '@kompetansemidler/api/src/seeders/demo.seeder.js';
// The API's global setup types `inject('databaseServerUrl')`, which its test database uses.
import type {} from '@kompetansemidler/api/test/global-setup.js';
import { startTestApi, type TestApi } from '@kompetansemidler/api/test/test-server.js';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIGURES,
  fetchNationalStatistics,
  nationalCsv,
  nationalStatisticsCsv,
} from './national-statistics-client.js';

/** A plain RFC 4180 reader, written apart from the writer, to read back what the client wrote. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field).toBe('');
  return rows;
}

describe('the national statistics client, against a running API', () => {
  let api: TestApi;
  let token: string;

  beforeAll(async () => {
    api = await startTestApi();
    await api.db.orm.getSeeder().seed(DemoSeeder);
    token = await signDevMachineToken(api.devKey, { clientId: 'udir', scope: 'statistics:read' });
  });

  afterAll(() => api.close());

  it('writes one CSV row per group, with a header, as the API answers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'national-csv-'));
    const out = join(dir, 'national.csv');
    const result = await nationalCsv(
      [api.server.url, '--group-by', 'county,year,institution', '--delimiter', ';', '--out', out],
      { NATIONAL_STATISTICS_TOKEN: token },
    );
    const [header, ...rows] = parseCsv(await readFile(out, 'utf8'), ';');
    expect(header).toEqual([
      'countyCode',
      'countyName',
      'year',
      'institutionOrgnr',
      'institutionName',
      'institutionKind',
      ...FIGURES,
    ]);
    const statistics = await fetchNationalStatistics({
      url: `${api.server.url}/graphql`,
      token,
      groupBy: ['COUNTY', 'YEAR', 'INSTITUTION'],
    });
    expect(rows).toHaveLength(statistics.groups.length);
    expect(result.groups).toBe(statistics.groups.length);
    expect(rows.length).toBeGreaterThan(20);
    const column = (name: string) => header!.indexOf(name);
    statistics.groups.forEach((g, k) => {
      const row = rows[k]!;
      expect(row[column('countyCode')]).toBe(g.county?.code ?? '');
      expect(row[column('institutionName')]).toBe(g.institution?.name ?? '');
      expect(Number(row[column('granted')])).toBe(g.figures.granted);
      expect(row[column('frame')]).toBe('');
      expect(Number(row[column('reportsExpected')])).toBe(g.figures.reportsExpected);
    });
    const granted = rows.reduce((sum, r) => sum + Number(r[column('granted')]), 0);
    expect(granted).toBe(statistics.totals.granted);
  });

  it('filters by years and counties and quotes what needs quoting', async () => {
    const statistics = await fetchNationalStatistics({
      url: api.server.url,
      token,
      groupBy: ['COUNTY', 'THEME'],
      years: [2025],
      counties: ['nordland'],
    });
    expect(statistics.groups.every((g) => g.county?.code === 'nordland')).toBe(true);
    const renamed = {
      ...statistics,
      groups: statistics.groups.map((g) => ({
        ...g,
        county: { code: 'nordland', name: 'Statsforvalteren i "Nordland", demo' },
      })),
    };
    const [header, ...rows] = parseCsv(nationalStatisticsCsv(renamed));
    expect(header?.slice(0, 4)).toEqual(['countyCode', 'countyName', 'themeId', 'themeTitle']);
    expect(rows[0]?.[1]).toBe('Statsforvalteren i "Nordland", demo');
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });

  it('reports the API’s refusal of a token without the scope', async () => {
    const noScope = await signDevMachineToken(api.devKey, { clientId: 'udir', scope: 'openid' });
    await expect(
      nationalCsv([api.server.url], { NATIONAL_STATISTICS_TOKEN: noScope }),
    ).rejects.toMatchObject({ name: 'NationalStatisticsError', code: 'UNAUTHENTICATED' });
    await expect(
      nationalCsv([api.server.url, '--group-by', 'COUNTY,PLANET'], {
        NATIONAL_STATISTICS_TOKEN: token,
      }),
    ).rejects.toThrow(/Unknown dimension PLANET/);
  });
});
