import { expect } from 'vitest';
import { DemoSeeder } from '../../src/seeders/demo.seeder.js';
import { startTestApi, type TestApi } from '../../test/test-server.js';
import { gql } from '../gql/index.js';
import type { NationalDimension, NationalQuery } from '../gql/graphql.js';
import type { Headers } from './common.js';

// Shared by the nationalStatistics e2e files: the query with every figure, the additive figures,
// and the demo data (three counties, 2024–2027, with reports) read by a NATIONAL caller.

export const QUERY =
  gql(`query National($groupBy: [NationalDimension!]!, $years: [Int!], $counties: [String!]) {
  nationalStatistics(groupBy: $groupBy, years: $years, counties: $counties) {
    groupBy years counties
    groups {
      county { code name } year sector theme { id titleNb titleEn } ownership
      institution { orgnr name kind } durationYears
      figures { ...NationalFiguresAll }
    }
    totals { ...NationalFiguresAll }
  }
}
fragment NationalFiguresAll on NationalFigures {
  frame statements requested samiStatements samiShare decisions grants granted
  grantedLaterYears committed coordinatorGranted fundedOwners newcomerOwners newcomerShare
  grantedToNewcomers reportsExpected reportsSubmitted reportsAccepted reportsReturned
  reportCompleteness reportedReceivedOwner reportedReceivedInstitution reportedSpentOwner
  reportedSpentInstitution reportedCoordinatorSpent
}`);

export type Statistics = NationalQuery['nationalStatistics'];
export type Figures = Statistics['totals'];

/** The additive figures (not shares, not the frame, which is only told for some groupings). */
export const ADDITIVE = [
  'statements',
  'requested',
  'samiStatements',
  'decisions',
  'grants',
  'granted',
  'grantedLaterYears',
  'committed',
  'coordinatorGranted',
  'fundedOwners',
  'newcomerOwners',
  'grantedToNewcomers',
  'reportsExpected',
  'reportsSubmitted',
  'reportsAccepted',
  'reportsReturned',
  'reportedReceivedOwner',
  'reportedReceivedInstitution',
  'reportedSpentOwner',
  'reportedSpentInstitution',
  'reportedCoordinatorSpent',
] as const satisfies ReadonlyArray<keyof Figures>;

export interface NationalWorld {
  api: TestApi;
  national: Headers;
  /** Raw SQL on the test database (as the owner: no county filter). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** The national statistics as a NATIONAL caller reads them, and the SQL statements it took. */
  statistics(
    groupBy: NationalDimension[],
    filters?: { years?: number[]; counties?: string[] },
  ): Promise<{ stats: Statistics; sqlStatements: number | undefined }>;
}

/** A number from a SQL answer (counts and sums come as text). */
export const n = (value: unknown) => Number(value ?? 0);

/** Starts the API on the demo data (for a beforeAll; close `api` afterwards). */
export async function startNationalWorld(): Promise<NationalWorld> {
  const api = await startTestApi();
  await api.db.orm.getSeeder().seed(DemoSeeder);
  const national = await api.as('NATIONAL');
  return {
    api,
    national,
    sql: async <T>(text: string, params: unknown[] = []) =>
      (await api.db.orm.em.getConnection().execute(text, params, 'all')) as T[],
    async statistics(groupBy, filters = {}) {
      const { body, sqlStatements } = await api.graphql(QUERY, { groupBy, ...filters }, national);
      expect(body.errors).toBeUndefined();
      return { stats: body.data!.nationalStatistics, sqlStatements };
    },
  };
}
