// An example client of the national statistics, as the directorate (Udir) would run it: pulls
// `nationalStatistics` over GraphQL with a machine token and writes one CSV row per group.
// Usage: npm run national-csv -w @kompetansemidler/tools -- [http://localhost:4000]
//          [--group-by COUNTY,YEAR] [--years 2025,2026] [--counties troms,nordland]
//          [--delimiter ';'] [--out national.csv]
// The token comes from NATIONAL_STATISTICS_TOKEN (in production: a Maskinporten access token
// with the statistics scope); without it, outside production, one is minted with the local dev key.
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { toCsv, type CsvValue } from './csv.js';
import { mintToken } from './mint-token.js';

export const DIMENSIONS = [
  'COUNTY',
  'YEAR',
  'SECTOR',
  'THEME',
  'OWNERSHIP',
  'INSTITUTION',
  'DURATION',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The figures, in the CSV's column order (the API's field names). */
export const FIGURES = [
  'frame',
  'statements',
  'requested',
  'samiStatements',
  'samiShare',
  'decisions',
  'grants',
  'granted',
  'grantedLaterYears',
  'committed',
  'coordinatorGranted',
  'fundedOwners',
  'newcomerOwners',
  'newcomerShare',
  'grantedToNewcomers',
  'reportsExpected',
  'reportsSubmitted',
  'reportsAccepted',
  'reportsReturned',
  'reportCompleteness',
  'reportedReceivedOwner',
  'reportedReceivedInstitution',
  'reportedSpentOwner',
  'reportedSpentInstitution',
  'reportedCoordinatorSpent',
] as const;
export type Figure = (typeof FIGURES)[number];

export interface NationalGroup {
  county: { code: string; name: string } | null;
  year: number | null;
  sector: string | null;
  theme: { id: string; titleNb: string | null } | null;
  ownership: string | null;
  institution: { orgnr: string; name: string; kind: string } | null;
  durationYears: number | null;
  figures: Record<Figure, number | null>;
}

export interface NationalStatistics {
  groupBy: Dimension[];
  years: number[];
  counties: string[];
  groups: NationalGroup[];
  totals: Record<Figure, number | null>;
}

export const NATIONAL_STATISTICS_QUERY = `query NationalStatistics($groupBy: [NationalDimension!]!, $years: [Int!], $counties: [String!]) {
  nationalStatistics(groupBy: $groupBy, years: $years, counties: $counties) {
    groupBy years counties
    groups {
      county { code name } year sector theme { id titleNb } ownership
      institution { orgnr name kind } durationYears
      figures { ${FIGURES.join(' ')} }
    }
    totals { ${FIGURES.join(' ')} }
  }
}`;

export interface FetchOptions {
  /** The API's base URL (`/graphql` is added when missing). */
  url: string;
  token: string;
  groupBy: readonly Dimension[];
  years?: readonly number[] | undefined;
  counties?: readonly string[] | undefined;
}

export class NationalStatisticsError extends Error {
  override name = 'NationalStatisticsError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export async function fetchNationalStatistics(options: FetchOptions): Promise<NationalStatistics> {
  const endpoint = options.url.replace(/\/+$/, '').replace(/(?<!\/graphql)$/, '/graphql');
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${options.token}`,
    },
    body: JSON.stringify({
      query: NATIONAL_STATISTICS_QUERY,
      variables: {
        groupBy: options.groupBy,
        ...(options.years?.length ? { years: options.years } : {}),
        ...(options.counties?.length ? { counties: options.counties } : {}),
      },
    }),
  });
  const text = await response.text();
  let body: {
    data?: { nationalStatistics?: NationalStatistics } | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new NationalStatisticsError(
      `${endpoint} answered HTTP ${response.status} without JSON`,
      undefined,
    );
  }
  const error = body.errors?.[0];
  if (error) throw new NationalStatisticsError(error.message, error.extensions?.code);
  const statistics = body.data?.nationalStatistics;
  if (!statistics) {
    throw new NationalStatisticsError(`${endpoint} answered without statistics`, undefined);
  }
  return statistics;
}

/** The columns of each dimension, and what a group puts in them. */
const DIMENSION_COLUMNS: Record<Dimension, Array<[string, (g: NationalGroup) => CsvValue]>> = {
  COUNTY: [
    ['countyCode', (g) => g.county?.code],
    ['countyName', (g) => g.county?.name],
  ],
  YEAR: [['year', (g) => g.year]],
  SECTOR: [['sector', (g) => g.sector]],
  THEME: [
    ['themeId', (g) => g.theme?.id],
    ['themeTitle', (g) => g.theme?.titleNb],
  ],
  OWNERSHIP: [['ownership', (g) => g.ownership]],
  INSTITUTION: [
    ['institutionOrgnr', (g) => g.institution?.orgnr],
    ['institutionName', (g) => g.institution?.name],
    ['institutionKind', (g) => g.institution?.kind],
  ],
  DURATION: [['durationYears', (g) => g.durationYears]],
};

/** One row per group: the grouped dimensions' columns in the order grouped, then every figure. */
export function nationalStatisticsCsv(
  statistics: NationalStatistics,
  options: { delimiter?: string } = {},
): string {
  const columns = statistics.groupBy.flatMap((d) => DIMENSION_COLUMNS[d]);
  const header = [...columns.map(([name]) => name), ...FIGURES];
  const rows = statistics.groups.map((g) => [
    ...columns.map(([, value]) => value(g)),
    ...FIGURES.map((f) => g.figures[f]),
  ]);
  return toCsv(header, rows, options);
}

export interface CliResult {
  csv: string;
  groups: number;
  out: string | undefined;
}

/** The command line: arguments in, CSV out (to a file with --out, else returned for stdout). */
export async function nationalCsv(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<CliResult> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'group-by': { type: 'string', default: 'COUNTY,YEAR' },
      years: { type: 'string' },
      counties: { type: 'string' },
      delimiter: { type: 'string', default: ',' },
      out: { type: 'string' },
      'key-file': { type: 'string' },
    },
  });
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v.length > 0);
  const groupBy = list(values['group-by']).map((d) => d.toUpperCase());
  const unknown = groupBy.filter((d) => !(DIMENSIONS as readonly string[]).includes(d));
  if (unknown.length > 0) {
    throw new Error(`Unknown dimension ${unknown.join(', ')}; use ${DIMENSIONS.join(', ')}`);
  }
  const years = list(values.years).map((y) => {
    if (!/^\d{4}$/.test(y)) throw new Error(`--years takes four-digit years, not “${y}”`);
    return Number(y);
  });
  const token = env['NATIONAL_STATISTICS_TOKEN'] ?? (await devToken(env, values['key-file']));
  const statistics = await fetchNationalStatistics({
    url: positionals[0] ?? 'http://localhost:4000',
    token,
    groupBy: groupBy as Dimension[],
    years,
    counties: list(values.counties),
  });
  const csv = nationalStatisticsCsv(statistics, { delimiter: values.delimiter });
  if (values.out) await writeFile(values.out, csv, 'utf8');
  return { csv, groups: statistics.groups.length, out: values.out };
}

async function devToken(env: NodeJS.ProcessEnv, keyFile: string | undefined): Promise<string> {
  if (env['NODE_ENV'] === 'production') {
    throw new Error(
      'Set NATIONAL_STATISTICS_TOKEN (a Maskinporten token with the statistics scope)',
    );
  }
  return mintToken([
    '--client',
    'udir',
    '--scope',
    'statistics:read',
    '--expires',
    '5m',
    ...(keyFile ? ['--key-file', keyFile] : []),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const result = await nationalCsv(process.argv.slice(2));
    if (result.out) console.error(`wrote ${result.groups} groups to ${result.out}`);
    else process.stdout.write(result.csv);
  } catch (error) {
    console.error(
      error instanceof NationalStatisticsError && error.code
        ? `${error.code}: ${error.message}`
        : (error as Error).message,
    );
    process.exit(1);
  }
}
