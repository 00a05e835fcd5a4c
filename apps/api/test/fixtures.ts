import type { SubmitNeedsStatementInput } from '../e2e/gql/graphql.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  calendarForRound,
  generateDemoRound,
  planVersionInForce,
  NORDLAND_LIKE_EXAMPLE_PLAN,
  TROMS_MUNICIPALITIES,
  TROMS_PLAN_2026_2029,
  type NeedsStatement as DomainStatement,
} from '@kompetansemidler/domain';
import { RoundStatus } from '../src/modules/round/round-status.js';
import { NORDLAND_DEMO_MUNICIPALITIES } from '../src/seeders/demo.seeder.js';
import { demoDeadlineExtension, seedDemoCounty } from '../src/seeders/demo-county.js';
import { calendarDeadline } from '../src/modules/needs-statement/submission-deadline.js';

export interface SmallWorld {
  tromsRoundId: string;
  tromsEarlierRoundId: string;
  nordlandRoundId: string;
  tromsPartnershipIds: string[];
  nordlandPartnershipIds: string[];
}

/** Two small demo counties: Troms (2026 decided, 2027 open) and Nordland (2026 closed). */
export async function seedSmallWorld(
  orm: MikroORM,
  sizes: { troms?: number; earlier?: number; nordland?: number } = {},
): Promise<SmallWorld> {
  const em = orm.em.fork();
  await seedDemoCounty(em, {
    code: 'troms',
    name: 'Statsforvalteren i Troms (test)',
    plan: TROMS_PLAN_2026_2029,
    municipalities: TROMS_MUNICIPALITIES,
    seed: 55,
    rounds: [
      { year: 2026, statements: sizes.earlier ?? 12, status: RoundStatus.REPORTING },
      { year: 2027, statements: sizes.troms ?? 12, status: RoundStatus.OPEN },
    ],
  });
  await seedDemoCounty(em, {
    code: 'nordland',
    name: 'Statsforvalteren i Nordland (test)',
    plan: NORDLAND_LIKE_EXAMPLE_PLAN,
    municipalities: NORDLAND_DEMO_MUNICIPALITIES,
    seed: 18,
    rounds: [{ year: 2026, statements: sizes.nordland ?? 6, status: RoundStatus.CLOSED }],
  });
  const conn = orm.em.getConnection();
  const rounds: Array<{ id: string; code: string; year: number }> = await conn.execute(
    `select r.id, c.code, r.year from round r join county c on c.id = r.county_id`,
  );
  const partnerships: Array<{ id: string; code: string }> = await conn.execute(
    `select p.id, c.code from partnership p join county c on c.id = p.county_id order by p.name`,
  );
  const find = (code: string, year: number) =>
    rounds.find((r) => r.code === code && r.year === year)?.id ?? '';
  return {
    tromsRoundId: find('troms', 2027),
    tromsEarlierRoundId: find('troms', 2026),
    nordlandRoundId: find('nordland', 2026),
    tromsPartnershipIds: partnerships.filter((p) => p.code === 'troms').map((p) => p.id),
    nordlandPartnershipIds: partnerships.filter((p) => p.code === 'nordland').map((p) => p.id),
  };
}

/**
 * The deadline the small world's open round (Troms 2027) has today: the plan calendar's
 * 1 February 2027 while that is ahead, else the demo's extension (see demoDeadlineExtension), so
 * the tests that submit to it keep passing after February 2027.
 */
export function openRoundDeadline(now: Date = new Date()): string {
  const calendar = calendarForRound(
    planVersionInForce(TROMS_PLAN_2026_2029, '2027-01-01').rules,
    2027,
  );
  return demoDeadlineExtension(calendar, RoundStatus.OPEN, now) ?? calendarDeadline(calendar)!;
}

/** A complete, valid needs statement for Troms' 2027 round, as GraphQL input fields. */
export function validStatementFields(
  index = 0,
  year = 2027,
): Omit<SubmitNeedsStatementInput, 'roundId'> {
  const demo = generateDemoRound({ seed: 4242, statements: index + 1, year });
  const ds = demo.needsStatements[index] as DomainStatement;
  return {
    title: `Testarbeid ${index + 1}`,
    sector: ds.sector,
    themeId: ds.themeId,
    themeItemIds: ds.themeItemIds,
    localNeeds: ds.localNeeds,
    goals: ds.goals,
    measures: ds.measures,
    durationYears: ds.durationYears,
    budget: ds.budget.map((b) => ({
      year: b.year,
      owner: b.owner,
      institution: b.institution,
      coordinator: 0,
    })),
    ownContribution: {
      description: ds.ownContribution.description,
      amount: ds.ownContribution.amount,
    },
    samiPerspectives: ds.samiPerspectives,
    collectiveLearning: ds.collectiveLearning,
    teacherEducationFeedback: ds.teacherEducationFeedback,
    coordinator: {
      requested: false,
      justification: '',
      conditionIds: [],
      otherComplexityFactors: '',
    },
    continuation: { continuesEarlierWork: false },
    participants: {
      kindergartenStaff: true,
      schoolStaff: true,
      otherServices: ds.sector === 'TEAM_AROUND_CHILD' ? ['PPT'] : [],
    },
    contactName: 'Kari Testesen',
    contactEmail: 'kari@example.invalid',
  };
}
