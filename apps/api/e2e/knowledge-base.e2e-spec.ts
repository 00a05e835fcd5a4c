import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi, type TypedOperation } from '../test/test-server.js';
import { gql } from './gql/index.js';

// The knowledge base's figures and the earlier commitments of a county that starts mid-period:
// each mutation succeeds (audited), is refused with a typed code writing nothing, and stays in
// its county. No path takes a year past its frame.

type Headers = Record<string, string>;
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

const CREATE_FIGURE =
  gql(`mutation KnowledgeBase1($input: CreateIndicatorFigureInput!) { createIndicatorFigure(input: $input) {
  id indicatorId sector year value source version municipality { number } owner { id } } }`);
const UPDATE_FIGURE =
  gql(`mutation KnowledgeBase2($input: UpdateIndicatorFigureInput!) { updateIndicatorFigure(input: $input) {
  id indicatorId sector year value source version municipality { number } owner { id } } }`);
const DELETE_FIGURE = gql(`mutation KnowledgeBase3($id: ID!) { deleteIndicatorFigure(id: $id) }`);
const CREATE_COMMITMENT =
  gql(`mutation KnowledgeBase4($input: CreateEarlierCommitmentInput!) { createEarlierCommitment(input: $input) {
  id partnership { id } workId sector durationYears grantedYear year amount owner institution
  coordinator institutionOrgnr earlier version } }`);
const UPDATE_COMMITMENT =
  gql(`mutation KnowledgeBase5($input: UpdateEarlierCommitmentInput!) { updateEarlierCommitment(input: $input) {
  id partnership { id } workId sector durationYears grantedYear year amount owner institution
  coordinator institutionOrgnr earlier version } }`);
const DELETE_COMMITMENT = gql(
  `mutation KnowledgeBase6($id: ID!) { deleteEarlierCommitment(id: $id) }`,
);
const ROUND_SUMMARY = gql(
  `query KnowledgeBase7($id: ID!) { round(id: $id) { frame summary { committedThisYear freeThisYear } } }`,
);
const INDICATORS = gql(`query KnowledgeBase8 { knowledgeBaseIndicators { id kind label { nb } } }`);
const FIGURES_5501 = gql(
  `query KnowledgeBase9 { indicatorFigures(year: 2027, municipalityNumber: "5501") { totalCount } }`,
);
const ALL_FIGURES = gql(
  `query KnowledgeBase10 { indicatorFigures(first: 200) { edges { node { id } } } }`,
);
const EARLIER_COMMITMENTS = gql(`query KnowledgeBase11 { earlierCommitments { totalCount } }`);

describe('the knowledge base and earlier commitments over GraphQL', () => {
  let api: TestApi;
  let world: SmallWorld;
  let troms: Headers;
  let nordland: Headers;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm, { troms: 3, earlier: 3, nordland: 2 });
    troms = await api.as('ADMIN', 'troms');
    nordland = await api.as('ADMIN', 'nordland');
  });

  afterAll(() => api.close());

  const rows = async (sql: string, params: unknown[] = []) =>
    api.db.orm.em.getConnection().execute<Record<string, unknown>[]>(sql, params);
  const count = async (table: string) =>
    Number((await rows(`select count(*) as n from ${table}`))[0]!['n']);
  const code = (errors: Errors) => errors?.[0]?.extensions?.['code'];
  const problems = (errors: Errors) =>
    ((errors?.[0]?.extensions?.['problems'] as { code: string; path: unknown[] }[]) ?? []).map(
      (p) => [p.code, p.path.join('.')],
    );
  async function call<R, V>(query: TypedOperation<R, V>, variables: V, as: Headers) {
    return (await api.graphql(query, variables, as)).body;
  }

  describe('figures', () => {
    it('lists the plan’s indicators that come as figures', async () => {
      const { data } = await call(INDICATORS, {}, troms);
      const ids = data!.knowledgeBaseIndicators.map((i) => i.id);
      expect(ids).toContain('ito-pupils');
      expect(ids).toContain('distance-to-institution');
      expect(ids).not.toContain('newcomer');
      expect(ids).not.toContain('office-knowledge');
    });

    it('adds, changes and deletes figures of a municipality and of an owner, audited', async () => {
      const municipal = await call(
        CREATE_FIGURE,
        {
          input: {
            indicatorId: 'ito-pupils',
            municipalityNumber: '5501',
            sector: 'SCHOOL' as const,
            year: 2027,
            value: 7.5,
            source: 'GSI 2027',
          },
        },
        troms,
      );
      expect(municipal.errors).toBeUndefined();
      const figure = municipal.data!.createIndicatorFigure;
      const [owner] = await rows(
        `select o.id from owner o join county c on c.id = o.county_id
          where c.code = 'troms' and o.ownership = 'PRIVATE' limit 1`,
      );
      const own = await call(
        CREATE_FIGURE,
        {
          input: {
            indicatorId: 'kindergarten-dispensations',
            ownerId: owner!['id'] as string,
            year: 2027,
            value: 3,
            source: 'BASIL',
          },
        },
        troms,
      );
      expect(own.data!.createIndicatorFigure.owner?.id).toBe(owner!['id']);
      const updated = await call(
        UPDATE_FIGURE,
        {
          input: {
            id: figure.id,
            expectedVersion: figure.version,
            indicatorId: 'ito-pupils',
            municipalityNumber: '5501',
            sector: 'SCHOOL' as const,
            year: 2027,
            value: 8,
            source: 'GSI 2027 (rettet)',
          },
        },
        troms,
      );
      expect(updated.data!.updateIndicatorFigure).toMatchObject({ value: 8, version: 2 });
      const listed = await call(FIGURES_5501, {}, troms);
      expect(listed.data!.indicatorFigures.totalCount).toBe(1);
      expect(
        (await call(DELETE_FIGURE, { id: own.data!.createIndicatorFigure.id }, troms)).errors,
      ).toBeUndefined();
      const actions = await rows(
        `select action from audit_log where entity_type = 'SectorIndicator' order by id`,
      );
      expect(actions.map((a) => a['action'])).toEqual([
        'createIndicatorFigure',
        'createIndicatorFigure',
        'updateIndicatorFigure',
        'deleteIndicatorFigure',
      ]);
    });

    it('refuses figures the plan has no place for, a second figure and a place both or neither, writing nothing', async () => {
      const before = [await count('sector_indicator'), await count('audit_log')];
      const input = {
        indicatorId: 'ito-pupils',
        municipalityNumber: '5501',
        sector: 'SCHOOL' as const,
        year: 2027,
        value: 1,
        source: 'Ny kilde',
      };
      expect(problems((await call(CREATE_FIGURE, { input }, troms)).errors)).toEqual([
        ['REG_FIGURE_DUPLICATE', 'year'],
      ]);
      expect(
        problems(
          (
            await call(
              CREATE_FIGURE,
              { input: { ...input, indicatorId: 'newcomer', value: -2 } },
              troms,
            )
          ).errors,
        ),
      ).toEqual([
        ['REG_INDICATOR_NOT_A_FIGURE', 'indicatorId'],
        ['REG_FIGURE_VALUE_INVALID', 'value'],
      ]);
      expect(
        problems(
          (
            await call(
              CREATE_FIGURE,
              { input: { ...input, municipalityNumber: null, sector: null } },
              troms,
            )
          ).errors,
        ),
      ).toEqual([['REG_FIGURE_PLACE', 'municipalityNumber']]);
      expect([await count('sector_indicator'), await count('audit_log')]).toEqual(before);
    });

    it('never shows or changes another county’s figures', async () => {
      const [figure] = await rows(
        `select s.id from sector_indicator s join county c on c.id = s.county_id where c.code = 'troms' limit 1`,
      );
      const id = figure!['id'] as string;
      expect(code((await call(DELETE_FIGURE, { id }, nordland)).errors)).toBe('NOT_FOUND');
      const listed = await call(ALL_FIGURES, {}, nordland);
      expect(listed.data!.indicatorFigures.edges.map((e) => e.node.id)).not.toContain(id);
      // Troms' municipality numbers are not Nordland's.
      expect(
        problems(
          (
            await call(
              CREATE_FIGURE,
              {
                input: {
                  indicatorId: 'staff-turnover',
                  municipalityNumber: '5501',
                  year: 2027,
                  value: 1,
                  source: 'x',
                },
              },
              nordland,
            )
          ).errors,
        ).map(([c]) => c),
      ).toContain('REG_MUNICIPALITY_UNKNOWN');
    });
  });

  describe('earlier commitments', () => {
    const summary = async () =>
      (await call(ROUND_SUMMARY, { id: world.tromsRoundId }, troms)).data!.round;
    const input = (extra: Record<string, unknown> = {}) => ({
      partnershipId: world.tromsPartnershipIds[0]!,
      workId: 'desentralisert-2025',
      sector: 'SCHOOL' as const,
      durationYears: 3,
      grantedYear: 2025,
      year: 2027,
      owner: 200_000,
      institution: 100_000,
      ...extra,
    });

    it('binds a later year of an earlier grant in that year’s frame, audited', async () => {
      const before = await summary();
      const created = await call(CREATE_COMMITMENT, { input: input() }, troms);
      expect(created.errors).toBeUndefined();
      const commitment = created.data!.createEarlierCommitment;
      expect(commitment).toMatchObject({ amount: 300_000, coordinator: 0, earlier: true });
      const after = await summary();
      expect(after.summary.committedThisYear).toBe(before.summary.committedThisYear + 300_000);
      expect(after.summary.freeThisYear).toBe(after.frame - after.summary.committedThisYear);
      // A year before the first round is history: no frame to bind.
      const history = await call(CREATE_COMMITMENT, { input: input({ year: 2025 }) }, troms);
      expect(history.errors).toBeUndefined();
      const updated = await call(
        UPDATE_COMMITMENT,
        {
          input: {
            ...input({ owner: 250_000 }),
            id: commitment.id,
            expectedVersion: commitment.version,
          },
        },
        troms,
      );
      expect(updated.data!.updateEarlierCommitment).toMatchObject({ amount: 350_000 });
      const listed = await call(EARLIER_COMMITMENTS, {}, troms);
      expect(listed.data!.earlierCommitments.totalCount).toBe(2);
      expect((await call(DELETE_COMMITMENT, { id: commitment.id }, troms)).errors).toBeUndefined();
      expect((await summary()).summary.committedThisYear).toBe(before.summary.committedThisYear);
      const audited = await rows(
        `select action from audit_log where entity_type = 'Commitment' and entity_id = ? order by id`,
        [commitment.id],
      );
      expect(audited.map((a) => a['action'])).toEqual([
        'createEarlierCommitment',
        'updateEarlierCommitment',
        'deleteEarlierCommitment',
      ]);
    });

    it('never takes a year past its frame, nor changes a decided year, and writes nothing', async () => {
      const before = [await count('commitment'), await count('audit_log')];
      const { frame, summary: s } = await summary();
      const free = frame - s.committedThisYear;
      const over = await call(
        CREATE_COMMITMENT,
        { input: input({ owner: free + 1, institution: 0 }) },
        troms,
      );
      expect(problems(over.errors)).toEqual([['REG_COMMITMENT_OVER_FRAME', 'amount']]);
      expect(
        problems((await call(CREATE_COMMITMENT, { input: input({ year: 2026 }) }, troms)).errors),
      ).toEqual([['REG_COMMITMENT_YEAR_DECIDED', 'year']]);
      expect(
        problems(
          (await call(CREATE_COMMITMENT, { input: input({ grantedYear: 2026 }) }, troms)).errors,
        ),
      ).toEqual([['REG_COMMITMENT_NOT_EARLIER', 'grantedYear']]);
      expect(
        problems((await call(CREATE_COMMITMENT, { input: input({ amount: 1 }) }, troms)).errors),
      ).toEqual([['REG_COMMITMENT_SPLIT_SUM', 'amount']]);
      expect([await count('commitment'), await count('audit_log')]).toEqual(before);
      // Two at once, each within the frame alone but not together: exactly one binds.
      const half = Math.floor(free / 2) + 1;
      const both = await Promise.all(
        ['a', 'b'].map((w) =>
          call(
            CREATE_COMMITMENT,
            { input: input({ workId: `samtidig-${w}`, owner: half, institution: 0 }) },
            troms,
          ),
        ),
      );
      expect(both.filter((b) => b.errors === undefined)).toHaveLength(1);
      expect((await summary()).summary.freeThisYear).toBeGreaterThanOrEqual(0);
    });

    it('leaves the rounds’ own grants and other counties alone', async () => {
      const [granted] = await rows(
        `select c.id from commitment c join county k on k.id = c.county_id
          where k.code = 'troms' and c.granted_in_round_id is not null limit 1`,
      );
      expect(
        code((await call(DELETE_COMMITMENT, { id: granted!['id'] as string }, troms)).errors),
      ).toBe('NOT_FOUND');
      const [earlier] = await rows(
        `select id from commitment where granted_in_round_id is null limit 1`,
      );
      expect(
        code((await call(DELETE_COMMITMENT, { id: earlier!['id'] as string }, nordland)).errors),
      ).toBe('NOT_FOUND');
      expect(
        problems(
          (
            await call(
              CREATE_COMMITMENT,
              { input: input({ partnershipId: world.tromsPartnershipIds[0] }) },
              nordland,
            )
          ).errors,
        ).map(([c]) => c),
      ).toContain('REG_PARTNERSHIP_UNKNOWN');
    });
  });
});
