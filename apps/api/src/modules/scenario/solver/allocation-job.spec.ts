import {
  allocate,
  generateDemoRound,
  toCanonicalJson,
  type NeedsStatement,
  type Partnership,
} from '@kompetansemidler/domain';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { StatementWithBudget } from '../../needs-statement/statement-row.js';
import {
  allocationInputFromRows,
  solveJob,
  type AllocationRows,
  type AllocationJob,
} from './allocation-job.js';

/** A demo round's statements as the database would give them: rows and budget lines. */
function rowsOf(
  seed: number,
  statements: number,
): {
  rows: AllocationRows;
  statements: StatementWithBudget[];
  demo: ReturnType<typeof generateDemoRound>;
} {
  const demo = generateDemoRound({ seed, statements });
  const partnerships = new Map<string, Partnership>();
  const rows: StatementWithBudget[] = (demo.needsStatements as NeedsStatement[]).map((ds) => {
    partnerships.set(ds.partnership.id, ds.partnership);
    return {
      id: ds.id,
      partnershipId: ds.partnership.id,
      workId: ds.continuation?.workId ?? ds.id,
      sector: ds.sector ?? null,
      themeId: ds.themeId ?? null,
      themeItemIds: ds.themeItemIds,
      localNeeds: ds.localNeeds,
      longTermGoals: ds.goals.longTerm,
      subGoals: ds.goals.subGoals,
      measures: ds.measures,
      durationYears: ds.durationYears ?? null,
      ownContribution: ds.ownContribution.description,
      ownContributionAmount: ds.ownContribution.amount ?? null,
      samiPerspectives: ds.samiPerspectives,
      collectiveLearning: ds.collectiveLearning,
      teacherEducationFeedback: ds.teacherEducationFeedback,
      coordinator: ds.coordinator ?? null,
      continuation: ds.continuation
        ? { continuesEarlierWork: ds.continuation.continuesEarlierWork }
        : null,
      participants: ds.participants ?? null,
      budget: ds.budget.flatMap((b) => [
        { year: b.year, party: 'OWNER' as const, amount: b.owner, coordinator: b.coordinator },
        { year: b.year, party: 'INSTITUTION' as const, amount: b.institution, coordinator: 0 },
      ]),
    };
  });
  return {
    demo,
    statements: rows,
    rows: {
      plan: demo.input.plan,
      planVersion: demo.input.planVersion,
      round: demo.input.round,
      statementsJson: JSON.stringify(rows),
      partnerships: [...partnerships.values()],
      figures: [],
      commitments: demo.input.commitments,
      history: demo.input.history,
      institutionShareHistory: [],
    },
  };
}

describe('the solver thread’s job: rows in, stored strings out', () => {
  it('builds one candidate per statement with its budget and the latest figures', () => {
    const { rows: plain, statements: stored, demo } = rowsOf(11, 12);
    const statements = demo.needsStatements as NeedsStatement[];
    const placesOf = (ds: NeedsStatement) =>
      new Set(ds.partnership.owners.map((o) => o.municipalityNumber));
    const single = statements.find((ds) => placesOf(ds).size === 1)!;
    const place = [...placesOf(single)][0]!;
    const year = demo.input.round.year;
    const rows: AllocationRows = {
      ...plain,
      figures: [
        { municipalityNumber: place, indicatorId: 'special-needs', year: year - 3, value: 3 },
        { municipalityNumber: place, indicatorId: 'special-needs', year: year - 1, value: 5 },
        { municipalityNumber: place, indicatorId: 'special-needs', year: year + 1, value: 99 },
      ],
    };
    const input = allocationInputFromRows(rows, demo.input.scenario);
    expect(input.candidates.map((c) => c.id)).toEqual(stored.map((s) => s.id));
    for (const c of input.candidates) {
      const ds = statements.find((s) => s.id === c.id)!;
      expect(c.budget).toEqual(ds.budget);
      expect(c.sector).toBe(ds.sector);
      // The latest figure up to the round's year, averaged over the municipalities having it.
      expect(c.indicators).toEqual(placesOf(ds).has(place) ? { 'special-needs': 5 } : {});
    }
    expect(input.candidates.find((c) => c.id === single.id)?.indicators).toEqual({
      'special-needs': 5,
    });
  });

  it('uses an owner’s own figure and the figure of the statement’s sector where the register has them', () => {
    const { rows: plain, demo } = rowsOf(11, 12);
    const statements = demo.needsStatements as NeedsStatement[];
    const single = statements.find(
      (ds) => ds.partnership.owners.length === 1 && ds.partnership.owners[0]!.municipalityNumber,
    )!;
    const owner = single.partnership.owners[0]!;
    const place = owner.municipalityNumber!;
    const year = demo.input.round.year;
    const other = single.sector === 'SCHOOL' ? 'KINDERGARTEN' : 'SCHOOL';
    const rows: AllocationRows = {
      ...plain,
      figures: [
        { municipalityNumber: place, indicatorId: 'staff-turnover', year: year - 1, value: 5 },
        {
          municipalityNumber: place,
          indicatorId: 'staff-turnover',
          year: year - 1,
          value: 9,
          sector: other,
        },
        { municipalityNumber: place, indicatorId: 'ito-pupils', year: year - 1, value: 2 },
        { ownerOrgnr: owner.orgnr, indicatorId: 'ito-pupils', year: year - 1, value: 7 },
      ],
    };
    const input = allocationInputFromRows(rows, demo.input.scenario);
    // The owner's own ITO figure instead of its municipality's; turnover for the place as a whole
    // (the other sector's figure is not the statement's).
    expect(input.candidates.find((c) => c.id === single.id)?.indicators).toEqual({
      'ito-pupils': 7,
      'staff-turnover': 5,
    });
  });

  it('leaves out statements whose partnership is missing', () => {
    const { rows, statements, demo } = rowsOf(12, 6);
    const input = allocationInputFromRows(
      { ...rows, partnerships: rows.partnerships.slice(1) },
      demo.input.scenario,
    );
    const missing = rows.partnerships[0]!.id;
    expect(input.candidates.every((c) => c.partnershipId !== missing)).toBe(true);
    expect(input.candidates.length).toBe(
      statements.filter((s) => s.partnershipId !== missing).length,
    );
  });

  it('gives the engine the office’s Sámi assessment, and none when not assessed', () => {
    const { rows, statements, demo } = rowsOf(14, 6);
    const [strong, takenBack] = statements;
    const stored: StatementWithBudget[] = statements.map((s) =>
      s === strong
        ? { ...s, samiAssessment: { level: 'STRONG', reason: ' Samisk fagmiljø er partner. ' } }
        : s === takenBack
          ? { ...s, samiAssessment: { level: 'NOT_ASSESSED', reason: 'Tatt tilbake.' } }
          : { ...s, samiAssessment: null },
    );
    const input = allocationInputFromRows(
      { ...rows, statementsJson: JSON.stringify(stored) },
      demo.input.scenario,
    );
    const byId = new Map(input.candidates.map((c) => [c.id, c]));
    expect(byId.get(strong!.id)?.samiAssessment).toEqual({
      level: 'STRONG',
      reason: 'Samisk fagmiljø er partner.',
    });
    expect(byId.get(takenBack!.id)).not.toHaveProperty('samiAssessment');
    expect(input.candidates.filter((c) => c.samiAssessment)).toHaveLength(1);
  });

  it('returns what the engine returns, with the input’s hash', async () => {
    const { rows, statements, demo } = rowsOf(13, 20);
    const job: AllocationJob = {
      rows,
      parameters: demo.input.scenario,
      officeKnowledge: [[statements[0]!.id, { score: 0.7, reason: 'Kjent behov' }]],
    };
    const solved = await solveJob(job);
    const input = allocationInputFromRows(rows, demo.input.scenario, new Map(job.officeKnowledge));
    const expected = await allocate(input);
    expect(solved.result).toEqual(expected);
    expect(solved.input).toEqual(input);
    expect(solved.inputHash).toBe(
      createHash('sha256').update(toCanonicalJson(input)).digest('hex'),
    );
    // The same rows give the same hash: a replay is recognisable.
    expect((await solveJob(job)).inputHash).toBe(solved.inputHash);
  });
});
