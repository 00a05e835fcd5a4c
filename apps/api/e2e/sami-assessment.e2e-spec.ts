import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import type { SamiAssessment2Query, SamiLevel } from './gql/graphql.js';

type Headers = Record<string, string>;
type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;

const ASSESS =
  gql(`mutation SamiAssessment1($input: AssessSamiPerspectiveInput!) { assessSamiPerspective(input: $input) {
  id version samiAssessment { level reason assessedBy assessedByName assessedAt version } } }`);

type Statement = SamiAssessment2Query['needsStatements']['edges'][number]['node'];

const codeOf = (errors: Errors) => errors?.[0]?.extensions?.['code'];

describe('the office’s assessment of Sámi perspectives, from the mutation to the reasons', () => {
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;
  let statements: Statement[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm, { troms: 12, earlier: 4, nordland: 2 });
    admin = await api.as('ADMIN', 'troms');
    const { body } = await api.graphql(
      gql(`query SamiAssessment2($round: ID!) { needsStatements(roundId: $round, first: 100) {
        edges { node { id sector themeId version } } } }`),
      { round: world.tromsRoundId },
      admin,
    );
    expect(body.errors).toBeUndefined();
    statements = body.data!.needsStatements.edges.map((e) => e.node);
    expect(statements.length).toBeGreaterThanOrEqual(4);
    // The round closed (statements are assessed after submission too) with a small frame, so
    // every sector competes for its funds.
    const closed = await api.graphql(
      gql(`mutation SamiAssessment3($id: ID!) { closeRound(input: { roundId: $id }) { status } }`),
      { id: world.tromsRoundId },
      admin,
    );
    expect(closed.body.errors).toBeUndefined();
    const summary = await api.graphql(
      gql(`query SamiAssessment4($id: ID!) { round(id: $id) { summary { committedThisYear } } }`),
      { id: world.tromsRoundId },
      admin,
    );
    const framed = await api.graphql(
      gql(
        `mutation SamiAssessment5($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }`,
      ),
      {
        input: {
          roundId: world.tromsRoundId,
          frame: summary.body.data!.round.summary.committedThisYear + 600_000,
        },
      },
      admin,
    );
    expect(framed.body.errors).toBeUndefined();
  });

  afterAll(() => api.close());

  async function counts(): Promise<{ assessments: number; audits: number }> {
    const conn = api.db.orm.em.getConnection();
    const [row] = await conn.execute<Array<{ assessments: string; audits: string }>>(
      `select (select count(*) from sami_assessment) as assessments,
              (select count(*) from audit_log where action = 'assessSamiPerspective') as audits`,
    );
    return { assessments: Number(row!.assessments), audits: Number(row!.audits) };
  }

  // First, before any assessment splits the priority classes: a class of several statements sits
  // at the budget line of the small frame.
  it('orders the priority class at the budget line by the indicators when the adviser chooses so', async () => {
    const runWith = async (marginalTier?: string) => {
      const run = await api.runScenario<{ id: string; marginalTier: string }>(
        {
          roundId: world.tromsRoundId,
          name: `Grensen: ${marginalTier ?? 'standard'}`,
          method: 'RANKED',
          // Every member of the class at the budget line shares (none left out as too small).
          minFundedShare: 0,
          ...(marginalTier ? { marginalTier } : {}),
        },
        admin,
        'id marginalTier',
      );
      expect(run.body.errors).toBeUndefined();
      const scenario = run.body.data!.runScenario;
      const conn = api.db.orm.em.getConnection();
      const [stored] = await conn.execute<
        Array<{
          parameters: { marginalTier?: string };
          resolved: Array<string | null>;
        }>
      >(
        `select parameters,
                (select json_agg(s->'priority'->'tier'->>'resolvedBy')
                   from json_array_elements(result::json->'statements') s) as resolved
           from scenario where id = ?`,
        [scenario.id],
      );
      return { scenario, stored: stored! };
    };
    const standard = await runWith();
    expect(standard.scenario.marginalTier).toBe('CUT_RULE');
    expect(standard.stored.parameters.marginalTier).toBe('cut-rule');
    // The small frame leaves a priority class at the budget line that does not fit.
    expect(standard.stored.resolved).toContain('CUT_RULE');
    expect(standard.stored.resolved).not.toContain('INDICATORS');
    const byIndicators = await runWith('INDICATORS');
    expect(byIndicators.scenario.marginalTier).toBe('INDICATORS');
    expect(byIndicators.stored.parameters.marginalTier).toBe('indicators');
    expect(byIndicators.stored.resolved).toContain('INDICATORS');
    expect(byIndicators.stored.resolved).not.toContain('CUT_RULE');
    const refused = await api.graphql(
      'mutation($input: RunScenarioInput!) { runScenario(input: $input) { id } }',
      { input: { roundId: world.tromsRoundId, name: 'Feil', marginalTier: 'RANDOM' } },
      admin,
    );
    expect(codeOf(refused.body.errors)).toBe('BAD_USER_INPUT');
  });

  it('records a level with its reason, who and when, audited, without touching the statement', async () => {
    const target = statements[0]!;
    const { body } = await api.graphql(
      ASSESS,
      {
        input: {
          needsStatementId: target.id,
          level: 'STRONG',
          reason: '  Samisk fagmiljø er partner og tiltakene bygger på samisk språk. ',
        },
      },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const answer = body.data!.assessSamiPerspective;
    expect(answer.version).toBe(target.version);
    expect(answer.samiAssessment).toMatchObject({
      level: 'STRONG',
      reason: 'Samisk fagmiljø er partner og tiltakene bygger på samisk språk.',
      version: 1,
    });
    expect(answer.samiAssessment!.assessedByName).not.toBe('');
    expect(Date.parse(answer.samiAssessment!.assessedAt)).toBeGreaterThan(Date.now() - 60_000);
    const conn = api.db.orm.em.getConnection();
    const [entry] = await conn.execute<
      Array<{ entity_type: string; after: { level: string }; reason: string }>
    >(
      `select entity_type, after, reason from audit_log
        where action = 'assessSamiPerspective' and entity_id = ?`,
      [target.id],
    );
    expect(entry).toMatchObject({
      entity_type: 'NeedsStatement',
      after: { level: 'STRONG' },
      reason: 'Samisk fagmiljø er partner og tiltakene bygger på samisk språk.',
    });
    // It shows in the statement's history, where the office reads what happened to it.
    const history = await api.graphql(
      gql(`query SamiAssessment6($id: ID!) { needsStatement(id: $id) { history { action } } }`),
      { id: target.id },
      admin,
    );
    expect(history.body.data!.needsStatement.history.map((h) => h.action)).toContain(
      'assessSamiPerspective',
    );
  });

  it('replaces an assessment with the version the adviser saw, and refuses a stale one', async () => {
    const target = statements[0]!;
    const changed = await api.graphql(
      ASSESS,
      {
        input: {
          needsStatementId: target.id,
          level: 'SOME',
          reason: 'Samisk språk nevnes, men bærer ikke tiltakene.',
          expectedVersion: 1,
        },
      },
      admin,
    );
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data!.assessSamiPerspective.samiAssessment).toMatchObject({
      level: 'SOME',
      version: 2,
    });
    const before = await counts();
    const stale = await api.graphql(
      ASSESS,
      {
        input: {
          needsStatementId: target.id,
          level: 'NONE',
          reason: 'Ingen samiske perspektiver.',
          expectedVersion: 1,
        },
      },
      admin,
    );
    expect(codeOf(stale.body.errors)).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it('refuses a reason too short at its field, other roles, another county and a decided round, writing nothing', async () => {
    const before = await counts();
    const target = statements[1]!;
    const short = await api.graphql(
      ASSESS,
      { input: { needsStatementId: target.id, level: 'NONE', reason: ' nei ' } },
      admin,
    );
    expect(codeOf(short.body.errors)).toBe('VALIDATION_FAILED');
    expect(short.body.errors?.[0]?.extensions?.['problems']).toEqual([
      expect.objectContaining({ code: 'SAMI_REASON_TOO_SHORT', path: ['reason'] }),
    ]);
    // A level the schema does not know: sent as text, past the typed variables.
    const badLevel = await api.graphql(
      String(ASSESS),
      { input: { needsStatementId: target.id, level: 'MUCH', reason: 'Godt begrunnet.' } },
      admin,
    );
    expect(codeOf(badLevel.body.errors)).toBe('BAD_USER_INPUT');
    for (const role of ['FORUM', 'NATIONAL'] as const) {
      const refused = await api.graphql(
        ASSESS,
        { input: { needsStatementId: target.id, level: 'NONE', reason: 'Ikke relevant.' } },
        await api.as(role, role === 'NATIONAL' ? undefined : 'troms'),
      );
      expect(codeOf(refused.body.errors), role).toBe('FORBIDDEN');
    }
    const partnership = await api.graphql(
      ASSESS,
      { input: { needsStatementId: target.id, level: 'STRONG', reason: 'Vi mener selv det.' } },
      await api.as('PARTNERSHIP', 'troms', world.tromsPartnershipIds[0]),
    );
    expect(codeOf(partnership.body.errors)).toBe('FORBIDDEN');
    const elsewhere = await api.graphql(
      ASSESS,
      { input: { needsStatementId: target.id, level: 'NONE', reason: 'Ikke relevant.' } },
      await api.as('ADMIN', 'nordland'),
    );
    expect(codeOf(elsewhere.body.errors)).toBe('NOT_FOUND');
    const conn = api.db.orm.em.getConnection();
    const [decided] = await conn.execute<Array<{ id: string }>>(
      `select id from needs_statement where round_id = ? and status = 'SUBMITTED' limit 1`,
      [world.tromsEarlierRoundId],
    );
    const late = await api.graphql(
      ASSESS,
      { input: { needsStatementId: decided!.id, level: 'NONE', reason: 'For sent vurdert.' } },
      admin,
    );
    expect(codeOf(late.body.errors)).toBe('WRONG_PHASE');
    expect(await counts()).toEqual(before);
  });

  it('orders statements within a theme rank and names the assessment with its clause in the reasons', async () => {
    // Every statement assessed, levels alternating within each sector and theme, so statements
    // of one priority class differ by the assessment alone.
    const byClass = new Map<string, Statement[]>();
    for (const s of statements) {
      byClass.set(`${s.sector}|${s.themeId}`, [
        ...(byClass.get(`${s.sector}|${s.themeId}`) ?? []),
        s,
      ]);
    }
    const levelOf = new Map<string, SamiLevel>();
    for (const group of byClass.values()) {
      group.forEach((s, k) => levelOf.set(s.id, k % 2 === 0 ? 'STRONG' : 'NONE'));
    }
    for (const s of statements) {
      const { body } = await api.graphql(
        ASSESS,
        {
          input: {
            needsStatementId: s.id,
            level: levelOf.get(s.id)!,
            reason: levelOf.get(s.id) === 'STRONG' ? 'Bygger på samisk fagmiljø' : 'Ikke omtalt',
          },
        },
        admin,
      );
      expect(body.errors).toBeUndefined();
    }
    const run = await api.runScenario<{
      id: string;
      lines: {
        edges: Array<{
          node: {
            clauses: string[];
            explanation: { nb: string };
            needsStatement: { id: string };
          };
        }>;
      };
    }>(
      { roundId: world.tromsRoundId, name: 'Samisk vurdering', method: 'RANKED' },
      admin,
      'id lines(first: 100) { edges { node { clauses explanation { nb } needsStatement { id } } } }',
    );
    expect(run.body.errors).toBeUndefined();
    const scenario = run.body.data!.runScenario;
    const conn = api.db.orm.em.getConnection();
    const [stored] = await conn.execute<
      Array<{ input: { candidates: Array<{ id: string; samiAssessment?: { level: string } }> } }>
    >(`select input from scenario where id = ?`, [scenario.id]);
    for (const c of stored!.input.candidates) {
      expect(c.samiAssessment?.level, c.id).toBe(levelOf.get(c.id));
    }
    const lines = scenario.lines.edges.map((e) => e.node);
    for (const line of lines) {
      const level = levelOf.get(line.needsStatement.id);
      expect(line.clauses, line.explanation.nb).toContain('troms.sami-perspectives');
      expect(line.explanation.nb).toContain(
        level === 'STRONG' ? '(«Bygger på samisk fagmiljø»)' : '(«Ikke omtalt»)',
      );
    }
    // Where it set statements of one class apart, the reasons say that it counted.
    expect(
      lines.some((l) =>
        l.explanation.nb.includes('og det teller i prioriteringen innenfor temaets rang'),
      ),
    ).toBe(true);
  });

  it('takes an assessment back: the next scenario sees none', async () => {
    const target = statements[2]!;
    const current = await api.graphql(
      gql(
        `query SamiAssessment7($id: ID!) { needsStatement(id: $id) { samiAssessment { version } } }`,
      ),
      { id: target.id },
      admin,
    );
    const { body } = await api.graphql(
      ASSESS,
      {
        input: {
          needsStatementId: target.id,
          level: 'NOT_ASSESSED',
          reason: 'Vurderes på nytt etter samtale.',
          expectedVersion: current.body.data!.needsStatement.samiAssessment!.version,
        },
      },
      admin,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.assessSamiPerspective.samiAssessment?.level).toBe('NOT_ASSESSED');
    const run = await api.runScenario(
      { roundId: world.tromsRoundId, name: 'Uten vurdering', method: 'RANKED' },
      admin,
    );
    expect(run.body.errors).toBeUndefined();
    const conn = api.db.orm.em.getConnection();
    const [stored] = await conn.execute<
      Array<{ input: { candidates: Array<{ id: string; samiAssessment?: unknown }> } }>
    >(`select input from scenario where id = ?`, [run.body.data!.runScenario.id]);
    const candidate = stored!.input.candidates.find((c) => c.id === target.id);
    expect(candidate).toBeDefined();
    expect(candidate).not.toHaveProperty('samiAssessment');
  });
});
