import 'reflect-metadata';
import {
  buildSchema as schemaFromSdl,
  execute,
  parse,
  printSchema,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../schema/build-schema.js';
import { measuresFor, statisticsFromRows, type Row } from './national-statistics.mapping.js';
import { MEASURES, type Measure } from './national-statistics.sql.js';
import {
  fieldsSelectedOn,
  serializeSelection,
  serializerTypes,
} from './national-statistics.serializer.js';
import { NationalDimension } from './national-dimension.js';
import type { NationalStatistics } from './national.types.js';

// The serializer is held to graphql-js: for the same plain answer and query, its JSON must be
// exactly what graphql-js's execution answers (aliases, fragments, directives, __typename, nulls).

const FIGURES = `frame statements requested samiStatements samiShare decisions grants granted
  grantedLaterYears committed coordinatorGranted fundedOwners newcomerOwners newcomerShare
  grantedToNewcomers reportsExpected reportsSubmitted reportsAccepted reportsReturned
  reportCompleteness reportedReceivedOwner reportedReceivedInstitution reportedSpentOwner
  reportedSpentInstitution reportedCoordinatorSpent`;

function row(k: number, total = false): Row {
  const n = (v: number) => String(v);
  return {
    is_total: total,
    county_code: total ? null : `county-0${k % 3}`,
    county_name: total ? null : `Fylke ${k % 3} «øst»`,
    year: total ? null : 2026 + (k % 4),
    sector: total ? null : ['KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD'][k % 3],
    theme_id: total ? null : k % 5 === 0 ? null : `theme-${k % 5}`,
    theme_nb: k % 2 === 0 ? `Tema ${k}` : null,
    theme_en: `Theme "${k}"\n`,
    ownership: total ? null : ['PUBLIC', 'PRIVATE', 'MIXED'][k % 3],
    institution_orgnr: total || k % 4 === 0 ? null : `9${String(k).padStart(8, '0')}`,
    institution_name: `Høgskule ${k}`,
    institution_kind: 'UNIVERSITY_COLLEGE',
    duration_years: total ? null : 1 + (k % 3),
    frame: k % 2 === 0 ? n(1_000_000 * k) : null,
    statements: n(k + 3),
    requested: n(123_456 * k),
    sami_statements: n(k % 3),
    decisions: n(k),
    grants: n(k % 2),
    granted: n(4_000_000_000 + k),
    granted_later_years: n(k * 7),
    committed: n(k * 11),
    coordinator_granted: 0,
    funded_owners: n(k % 4),
    newcomer_owners: n(k % 2),
    granted_to_newcomers: null,
    reports_expected: n(k % 5),
    reports_submitted: n(k % 3),
    reports_accepted: n(k % 2),
    reports_returned: n(0),
    reported_received_owner: n(k * 13),
    reported_received_institution: n(k * 17),
    reported_spent_owner: n(k * 19),
    reported_spent_institution: n(k * 23),
    reported_coordinator_spent: n(k * 29),
  } as Row;
}

let schema: GraphQLSchema;
beforeAll(async () => {
  // The API's schema as SDL: graphql-js's default resolvers read the plain answer's properties.
  schema = schemaFromSdl(printSchema(await buildApiSchema()));
});

/** graphql-js's JSON for `query`, and the serializer's for the same field, side by side. */
function both(
  query: string,
  answer: NationalStatistics,
  variables: Record<string, unknown> = {},
  key = 'nationalStatistics',
): { graphqlJs: string; serializer: string } {
  const infos = new Map<string, GraphQLResolveInfo>();
  const result = execute({
    schema,
    document: parse(query),
    variableValues: variables,
    fieldResolver: (source, _args, _context, info) => {
      if (info.parentType.name === 'Query') {
        infos.set(String(info.path.key), info);
        return answer;
      }
      return (source as Record<string, unknown>)[info.fieldName];
    },
  }) as { data?: Record<string, unknown>; errors?: unknown };
  expect(result.errors).toBeUndefined();
  const info = infos.get(key)!;
  return {
    graphqlJs: JSON.stringify(result.data![key]),
    serializer: serializeSelection(
      answer,
      'NationalStatistics',
      info.fieldNodes,
      serializerTypes(schema, 'NationalStatistics'),
      { fragments: info.fragments, variables: info.variableValues },
    ),
  };
}

const SEVEN = Object.values(NationalDimension);
const answer = statisticsFromRows(
  [...Array.from({ length: 40 }, (_, k) => row(k + 1)), row(0, true)],
  { groupBy: SEVEN, years: [2026, 2027], counties: ['county-01'] },
);

describe('serializeSelection', () => {
  it('writes every field of every group as graphql-js does', () => {
    const { graphqlJs, serializer } = both(
      `query { nationalStatistics(groupBy: [COUNTY]) {
        groupBy years counties
        groups { county { code name } year sector theme { id titleNb titleEn } ownership
          institution { orgnr name kind } durationYears figures { ${FIGURES} } }
        totals { ${FIGURES} } } }`,
      answer,
    );
    expect(answer.groups).toHaveLength(40);
    expect(serializer).toBe(graphqlJs);
  });

  it('follows aliases, merged fields, fragments, inline fragments, directives and __typename', () => {
    const query = `query Q($withTotals: Boolean!, $skipYear: Boolean!) {
      __typename
      stats: nationalStatistics(groupBy: [YEAR]) {
        __typename
        ...Groups
        groups { y: year figures { granted } }
        groups { figures { __typename statements } county @skip(if: $skipYear) { __typename code } }
        ... on NationalStatistics { totals @include(if: $withTotals) { granted } }
        ... { years }
        ... on NationalStatistics @skip(if: true) { counties }
      }
    }
    fragment Groups on NationalStatistics {
      groups { ...Group ...Group year @include(if: $skipYear) }
    }
    fragment Group on NationalGroup { theme { titleEn titleNb } sector }`;
    for (const variables of [
      { withTotals: true, skipYear: false },
      { withTotals: false, skipYear: true },
    ]) {
      const { graphqlJs, serializer } = both(query, answer, variables, 'stats');
      expect(serializer).toBe(graphqlJs);
    }
  });

  it('writes an answer without groups and one group of everything', () => {
    const empty = statisticsFromRows([], { groupBy: [], years: [], counties: [] });
    const { graphqlJs, serializer } = both(
      `{ nationalStatistics { groups { county { code } figures { frame samiShare } } totals { statements } } }`,
      empty,
    );
    expect(serializer).toBe(graphqlJs);
    expect(JSON.parse(serializer).groups).toHaveLength(1);
  });

  it('refuses a value its type cannot carry, as graphql-js would', () => {
    const bad = { ...answer, groupBy: ['NOT_A_DIMENSION'] } as unknown as NationalStatistics;
    expect(() =>
      serializeSelection(
        bad,
        'NationalStatistics',
        parse('{ nationalStatistics { groupBy } }').definitions.flatMap((d) =>
          'selectionSet' in d && d.selectionSet ? (d.selectionSet.selections as never[]) : [],
        ),
        serializerTypes(schema, 'NationalStatistics'),
        { fragments: {}, variables: {} },
      ),
    ).toThrow(/not a NationalDimension/);
  });
});

describe('the measures a selection needs', () => {
  const PARTIAL = `query Q($all: Boolean!) { nationalStatistics(groupBy: [YEAR]) {
    groups { year figures { __typename granted share: samiShare ...F } }
    totals { reportCompleteness } ... @include(if: $all) { totals { frame } } } }
    fragment F on NationalFigures { reportsAccepted }`;

  function selection(variables: Record<string, unknown>) {
    const document = parse(PARTIAL);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const fragment = document.definitions[1] as FragmentDefinitionNode;
    return {
      fieldNodes: operation.selectionSet.selections as FieldNode[],
      context: { fragments: { F: fragment }, variables },
    };
  }

  it('are those of the figures selected anywhere, through aliases, fragments and directives', () => {
    const types = serializerTypes(schema, 'NationalStatistics');
    const { fieldNodes, context } = selection({ all: false });
    const fields = fieldsSelectedOn(
      'NationalFigures',
      'NationalStatistics',
      fieldNodes,
      types,
      context,
    );
    expect([...fields].sort()).toEqual(
      ['__typename', 'granted', 'reportCompleteness', 'reportsAccepted', 'samiShare'].sort(),
    );
    expect(measuresFor(fields)).toEqual([
      'statements',
      'sami_statements',
      'granted',
      'reports_expected',
      'reports_submitted',
      'reports_accepted',
    ]);
    const all = selection({ all: true });
    expect(
      measuresFor(
        fieldsSelectedOn(
          'NationalFigures',
          'NationalStatistics',
          all.fieldNodes,
          types,
          all.context,
        ),
      ),
    ).toContain('frame');
    expect(measuresFor(['someFigureNotKnown'])).toEqual([...MEASURES]);
  });

  it('give the same JSON as every measure for what is selected', () => {
    const types = serializerTypes(schema, 'NationalStatistics');
    const { fieldNodes, context } = selection({ all: true });
    const measures = measuresFor(
      fieldsSelectedOn('NationalFigures', 'NationalStatistics', fieldNodes, types, context),
    );
    const full = Array.from({ length: 12 }, (_, k) => row(k + 1)).concat(row(0, true));
    const pruned = full.map(
      (r) =>
        Object.fromEntries(
          Object.entries(r).filter(
            ([key]) => !MEASURES.includes(key as Measure) || measures.includes(key as Measure),
          ),
        ) as Row,
    );
    const query = { groupBy: [NationalDimension.YEAR], years: [], counties: [] };
    const write = (rows: Row[]) =>
      serializeSelection(
        statisticsFromRows(rows, query),
        'NationalStatistics',
        fieldNodes,
        types,
        context,
      );
    expect(write(pruned)).toBe(write(full));
    expect(Object.keys(pruned[0]!)).not.toContain('committed');
  });
});
