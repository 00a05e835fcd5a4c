import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSmallWorld, validStatementFields, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';

type Headers = Record<string, string>;
type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;

const SUBMIT = gql(`mutation RequestCeiling1($input: SubmitNeedsStatementInput!) {
  submitNeedsStatement(input: $input) { id requestedThisYear requestedTotal problems { code } }
}`);
const SET_FRAME = gql(
  `mutation RequestCeiling2($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { id frame } }`,
);
const NOTICES = gql(
  `query RequestCeiling3($id: ID!) { needsStatement(id: $id) { id notices { code field clause assumption message { nb } } } }`,
);

describe('absurd amounts are refused cleanly; a coordinator is judged on this partnership’s units', () => {
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;
  let partnership: Headers;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm);
    admin = await api.as('ADMIN', 'troms');
    partnership = await api.as('PARTNERSHIP', 'troms', world.tromsPartnershipIds[0]!);
  });

  afterAll(() => api.close());

  const statementCount = async () =>
    Number(
      (
        await api.db.orm.em
          .getConnection()
          .execute<Array<{ n: string }>>('select count(*) as n from needs_statement')
      )[0]!.n,
    );

  const frameOf = async () =>
    (
      await api.graphql(
        gql(`query RequestCeiling4($id: ID!) { round(id: $id) { frame year } }`),
        { id: world.tromsRoundId },
        admin,
      )
    ).body.data!.round;

  it('refuses 2 000 000 000 kr for one year with REQUEST_ABOVE_CEILING and a field path, writing nothing', async () => {
    const before = await statementCount();
    const fields = validStatementFields(0);
    const budget = fields.budget!;
    const { body } = await api.graphql(
      SUBMIT,
      {
        input: {
          roundId: world.tromsRoundId,
          ...fields,
          budget: [
            { ...budget[0]!, owner: 1_000_000_000, institution: 1_000_000_000 },
            ...budget.slice(1),
          ],
        },
      },
      partnership,
    );
    const errors = body.errors as Errors;
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'REQUEST_ABOVE_CEILING',
      field: 'budget.0.total',
      ceiling: (await frameOf()).frame,
    });
    const problems = errors![0]!.extensions!['problems'] as Array<{
      code: string;
      message: { nb: string };
    }>;
    expect(problems.find((p) => p.code === 'NS_BUDGET_ABOVE_CEILING')?.message.nb).toContain(
      '2 000 000 000 kr er mer enn årets ramme',
    );
    expect(await statementCount()).toBe(before);
  });

  it('refuses three such years cleanly (never INTERNAL_SERVER_ERROR)', async () => {
    const { year } = await frameOf();
    const fields = validStatementFields(0);
    const { body } = await api.graphql(
      SUBMIT,
      {
        input: {
          roundId: world.tromsRoundId,
          ...fields,
          durationYears: 3,
          budget: [0, 1, 2].map((k) => ({
            year: year + k,
            owner: 1_000_000_000,
            institution: 1_000_000_000,
            coordinator: 0,
          })),
        },
      },
      partnership,
    );
    const errors = body.errors as Errors;
    expect(errors?.[0]?.extensions?.['code']).toBe('REQUEST_ABOVE_CEILING');
    const problems = errors![0]!.extensions!['problems'] as Array<{
      code: string;
      path: unknown[];
    }>;
    expect(problems.filter((p) => p.code === 'NS_BUDGET_ABOVE_CEILING').map((p) => p.path)).toEqual(
      [
        ['budget', 0, 'total'],
        ['budget', 1, 'total'],
        ['budget', 2, 'total'],
      ],
    );
  });

  it('stores a total past 2^31 kroner exactly when the frame allows each year (bigint)', async () => {
    const { year } = await frameOf();
    const framed = await api.graphql(
      SET_FRAME,
      { input: { roundId: world.tromsRoundId, frame: 2_000_000_000 } },
      admin,
    );
    expect(framed.body.errors).toBeUndefined();
    const { body } = await api.graphql(
      SUBMIT,
      {
        input: {
          roundId: world.tromsRoundId,
          ...validStatementFields(0),
          title: 'Stort treårig arbeid',
          durationYears: 3,
          budget: [0, 1, 2].map((k) => ({
            year: year + k,
            owner: 1_000_000_000,
            institution: 900_000_000,
            coordinator: 0,
          })),
        },
      },
      partnership,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.submitNeedsStatement).toMatchObject({
      requestedThisYear: 1_900_000_000,
      requestedTotal: 5_700_000_000,
    });
  });

  it('takes a coordinator request below the complexity aid, and counts only this partnership’s units', async () => {
    // An owner of a Troms partnership, given units enough to pass the aid (5) in all.
    const { body: read } = await api.graphql(
      gql(
        `query RequestCeiling5 { partnerships(first: 1) { edges { node { id owners { id units { id } } institution { id } } } } }`,
      ),
      {},
      admin,
    );
    expect(read.errors).toBeUndefined();
    const source = read.data!.partnerships.edges[0]!.node;
    const owner = source.owners[0]!;
    const unitIds = owner.units.map((u) => u.id);
    while (unitIds.length < 5) {
      const { body } = await api.graphql(
        gql(
          `mutation RequestCeiling6($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
        ),
        { input: { ownerId: owner.id, name: `Testskole ${unitIds.length + 1}`, kind: 'SCHOOL' } },
        admin,
      );
      expect(body.errors).toBeUndefined();
      unitIds.push(body.data!.createUnit.id);
    }
    const created = await api.graphql(
      gql(
        `mutation RequestCeiling7($input: CreatePartnershipInput!) { createPartnership(input: $input) { id version } }`,
      ),
      {
        input: {
          name: 'Koordinatortest',
          ownerIds: [owner.id],
          institutionId: source.institution.id,
          unitIds: unitIds.slice(0, 1),
        },
      },
      admin,
    );
    expect(created.body.errors).toBeUndefined();
    const partnershipId = created.body.data!.createPartnership.id;

    const fields = validStatementFields(1);
    const budget = fields.budget!.map((b) => ({
      ...b,
      coordinator: 10_000,
    }));
    const submitted = await api.graphql(
      SUBMIT,
      {
        input: {
          roundId: world.tromsRoundId,
          partnershipId,
          ...fields,
          budget,
          coordinator: {
            requested: true,
            justification: 'Mange enheter skal samordnes.',
            conditionIds: ['high-complexity'],
            otherComplexityFactors: '',
          },
        },
      },
      admin,
    );
    // Not a submission gate: the statement is taken.
    expect(submitted.body.errors).toBeUndefined();
    const id = submitted.body.data!.submitNeedsStatement.id;
    const notices = async () =>
      (await api.graphql(NOTICES, { id }, admin)).body.data!.needsStatement.notices;
    const [notice] = await notices();
    expect(notice).toMatchObject({
      code: 'NS_COORDINATOR_BELOW_COMPLEXITY_AID',
      field: 'coordinator.conditionIds',
      clause: 'troms.coordinator',
      assumption: 'complexity-thresholds',
    });
    // The owner has 5 units or more, but only one takes part in this partnership.
    expect(notice!.message.nb).toContain('har 1 barnehage/skole med i arbeidet og 1 eier');
    expect(notice!.message.nb).toContain('(antakelse)');

    const updated = await api.graphql(
      gql(
        `mutation RequestCeiling9($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { id } }`,
      ),
      {
        input: {
          id: partnershipId,
          name: 'Koordinatortest',
          ownerIds: [owner.id],
          institutionId: source.institution.id,
          unitIds: unitIds.slice(0, 5),
        },
      },
      admin,
    );
    expect(updated.body.errors).toBeUndefined();
    expect(await notices()).toEqual([]);
  });

  it('refuses a unit of another owner in the partnership’s list', async () => {
    const { body: read } = await api.graphql(
      gql(
        `query RequestCeiling8 { partnerships(first: 2) { edges { node { owners { id units { id } } institution { id } } } } }`,
      ),
      {},
      admin,
    );
    const [a, b] = read.data!.partnerships.edges.map((e) => e.node);
    const foreign = b!.owners.find((o) => o.id !== a!.owners[0]!.id)?.units[0]?.id;
    if (!foreign) return;
    const { body } = await api.graphql(
      gql(
        `mutation RequestCeiling10($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`,
      ),
      {
        input: {
          name: 'Feil enhet',
          ownerIds: [a!.owners[0]!.id],
          institutionId: a!.institution.id,
          unitIds: [foreign],
        },
      },
      admin,
    );
    const errors = body.errors as Errors;
    expect(errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(errors![0]!.extensions)).toContain('REG_UNIT_NOT_OF_OWNERS');
  });
});
