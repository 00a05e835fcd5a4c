import 'reflect-metadata';
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../schema/build-schema.js';
import { NationalDimension } from './national-dimension.js';
import { rowsOf, statisticsFromRows } from './national-statistics.mapping.js';
import { NationalStatisticsThread } from './national-statistics.thread.js';

const FIGURES = `frame statements requested samiStatements samiShare decisions grants granted
  grantedLaterYears committed coordinatorGranted fundedOwners newcomerOwners newcomerShare
  grantedToNewcomers reportsExpected reportsSubmitted reportsAccepted reportsReturned
  reportCompleteness reportedReceivedOwner reportedReceivedInstitution reportedSpentOwner
  reportedSpentInstitution reportedCoordinatorSpent`;
const QUERY = `{ nationalStatistics(groupBy: [COUNTY, YEAR, SECTOR, THEME, OWNERSHIP, INSTITUTION, DURATION]) {
  groups { county { code name } year sector theme { id titleNb titleEn } ownership
    institution { orgnr name kind } durationYears figures { ${FIGURES} } }
  totals { ${FIGURES} } } }`;
const SEVEN = Object.values(NationalDimension);

/** `groups` rows of a seven-dimension statement (and its totals), as the service reads them. */
function rowsJson(groups: number): { columns: string[]; rowsJson: string } {
  const rows = Array.from({ length: groups + 1 }, (_, k) => {
    const total = k === groups;
    const row: Record<string, unknown> = {
      is_total: total,
      county_code: total ? null : `county-${k % 10}`,
      county_name: total ? null : `Fylke ${k % 10}`,
      year: total ? null : 2026 + (k % 4),
      sector: total ? null : 'SCHOOL',
      theme_id: total ? null : `theme-${k % 8}`,
      theme_nb: 'Tema',
      theme_en: 'Theme',
      ownership: total ? null : 'PUBLIC',
      institution_orgnr: total ? null : String(900_000_000 + (k % 40)),
      institution_name: 'Universitetet',
      institution_kind: 'UNIVERSITY',
      duration_years: total ? null : 1 + (k % 3),
      frame: null,
    };
    for (const m of ['statements', 'requested', 'decisions', 'granted', 'committed']) row[m] = k;
    return row;
  });
  const columns = Object.keys(rows[0]!);
  return { columns, rowsJson: JSON.stringify(rows.map((r) => columns.map((c) => r[c]))) };
}

const fieldNodes = (query: string): FieldNode[] =>
  (parse(query).definitions[0] as OperationDefinitionNode).selectionSet.selections as FieldNode[];

let thread: NationalStatisticsThread;
beforeAll(async () => {
  thread = new NationalStatisticsThread(await buildApiSchema(), pino({ level: 'silent' }));
});
afterAll(async () => {
  await thread.close();
});

describe('NationalStatisticsThread', () => {
  it('runs below the main thread’s priority (Linux)', async () => {
    expect(await thread.warm()).toBe(process.platform === 'linux' ? 'nice 10' : 'normal');
  });

  it('answers the field’s JSON for the rows, as the mapping on this thread gives them', async () => {
    const rows = rowsJson(50);
    const query = { groupBy: SEVEN, years: [], counties: [] };
    const answer = JSON.parse(
      await thread.serialize(
        { query, ...rows },
        { fieldNodes: fieldNodes(QUERY), fragments: {}, variables: {} },
      ),
    ) as { groups: unknown[]; totals: { granted: number } };
    const expected = statisticsFromRows(rowsOf(rows.columns, rows.rowsJson), query);
    expect(answer.groups).toHaveLength(50);
    expect(answer.totals).toEqual(expected.totals);
    expect(answer.groups[7]).toEqual(JSON.parse(JSON.stringify(expected.groups[7])));
  });

  it('does not hold the main thread: small work goes on while a large answer is written', async () => {
    // ~10 000 groups: hundreds of milliseconds of parsing, mapping and writing in the thread.
    const job = { query: { groupBy: SEVEN, years: [], counties: [] }, ...rowsJson(10_000) };
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 5);
    const started = performance.now();
    const json = await thread.serialize(job, {
      fieldNodes: fieldNodes(QUERY),
      fragments: {},
      variables: {},
    });
    const duration = performance.now() - started;
    clearInterval(timer);
    expect(JSON.parse(json).groups).toHaveLength(10_000);
    const gaps = ticks.slice(1).map((t, k) => t - ticks[k]!);
    // On the main thread the whole answer would be one gap as long as the work; here the timer
    // keeps firing throughout.
    expect(duration).toBeGreaterThan(100);
    expect(ticks.length).toBeGreaterThan(duration / 50);
    expect(Math.max(...gaps)).toBeLessThan(duration / 2);
  });

  it('fails an answer the mapping refuses, with the mapping’s error', async () => {
    const rows = { columns: ['is_total', 'statements'], rowsJson: '[[true, "3000000000"]]' };
    await expect(
      thread.serialize(
        { query: { groupBy: [], years: [], counties: [] }, ...rows },
        {
          fieldNodes: fieldNodes('{ nationalStatistics { totals { statements } } }'),
          fragments: {},
          variables: {},
        },
      ),
    ).rejects.toThrow(RangeError);
  });
});
