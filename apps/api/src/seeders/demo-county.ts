import type { EntityManager } from '@mikro-orm/core';
import {
  decisionOwnerCounts,
  allocate,
  calendarForRound,
  createPrng,
  generateDemoRound,
  planVersionInForce,
  resolvePlanVersion,
  toCanonicalJson,
  type Commitment as DomainCommitment,
  type CountyPlan,
  type FundingHistory,
  type NeedsStatement as DomainStatement,
} from '@kompetansemidler/domain';
import { createHash } from 'node:crypto';
import { type InstitutionKind, type Ownership, type Sector } from '../common/enums.js';
import { County } from '../modules/county/county.entity.js';
import { Municipality } from '../modules/county/municipality.entity.js';
import { PlanVersion } from '../modules/county/plan-version.entity.js';
import { Decision, DecisionStatus } from '../modules/decision/decision.entity.js';
import { SectorIndicator } from '../modules/indicator/sector-indicator.entity.js';
import { BudgetLine } from '../modules/needs-statement/budget-line.entity.js';
import { NeedsStatement } from '../modules/needs-statement/needs-statement.entity.js';
import { budgetLinesFor } from '../modules/needs-statement/needs-statement.mapper.js';
import { calendarDeadline } from '../modules/needs-statement/submission-deadline.js';
import { Institution } from '../modules/partnership/institution.entity.js';
import { Owner } from '../modules/partnership/owner.entity.js';
import { Partnership } from '../modules/partnership/partnership.entity.js';
import { Unit, UnitKind } from '../modules/partnership/unit.entity.js';
import { ForumOutcome, Proposal, ProposalStatus } from '../modules/proposal/proposal.entity.js';
import { Commitment } from '../modules/round/commitment.entity.js';
import { RoundStatus } from '../modules/round/round-status.js';
import { Round, type StoredMilestone } from '../modules/round/round.entity.js';
import { todayInNorway } from '../modules/reporting/reporting.service.js';
import { AllocationMethod, CutRule, Scenario } from '../modules/scenario/scenario.entity.js';
import { type AllocationStatus, ScenarioLine } from '../modules/scenario/scenario-line.entity.js';
import { seedDemoReports, type DemoReportShares } from './demo-reports.js';

export interface DemoCountyOptions {
  code: string;
  name: string;
  plan: CountyPlan;
  municipalities: readonly { number: string; name: string }[];
  seed: number;
  /** Rounds in year order; DECIDED and REPORTING rounds get a scenario, a proposal and decisions. */
  rounds: { year: number; statements: number; status: RoundStatus }[];
  /**
   * Later rounds build on earlier ones: a round's frame adds the commitments falling in its year,
   * and a decided round allocates what they leave, with the owners' and works' recorded history.
   * Off: every decided round is allocated on its own (the generator's invented history).
   */
  multiYear?: boolean;
  /**
   * Annual reports, by grant year, for grant years whose county round is REPORTING: what share
   * of the expected reports is in, and how many of those the office accepted or returned.
   */
  reports?: Readonly<Record<number, DemoReportShares>>;
}

const DEMO_ACTOR = 'demo-seeder';

/** How long the demo's open rounds stay open once their calendar deadline has passed. */
export const DEMO_EXTENSION_DAYS = 60;

/**
 * DEMO DATA: an open round whose plan-calendar deadline is already behind `now` gets the office's
 * extension to DEMO_EXTENSION_DAYS days from today (Norway's time), so the demo, and every test
 * built on it, can still take needs statements after that day; null while the calendar's day is
 * still ahead.
 */
export function demoDeadlineExtension(
  calendar: readonly StoredMilestone[],
  status: RoundStatus,
  now: Date = new Date(),
): string | null {
  if (status !== RoundStatus.OPEN) return null;
  const planned = calendarDeadline(calendar);
  const today = todayInNorway(now);
  if (planned === null || planned >= today) return null;
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + DEMO_EXTENSION_DAYS);
  return day.toISOString().slice(0, 10);
}

/**
 * DEMO DATA for one county: its plan, municipalities, invented owners, institutions,
 * partnerships, rounds with needs statements (from the domain's demo generator), and for decided
 * rounds the engine's scenario, a recorded forum outcome, decisions and commitments.
 */
export async function seedDemoCounty(
  em: EntityManager,
  options: DemoCountyOptions,
): Promise<County> {
  const county = em.create(County, { code: options.code, name: options.name });
  const versions = options.plan.versions.map((v) =>
    em.create(PlanVersion, {
      county,
      planId: options.plan.id,
      versionId: v.id,
      validFrom: v.validFrom,
      validTo: v.validTo ?? null,
      plan: options.plan as unknown as Record<string, unknown>,
    }),
  );
  const municipalities = new Map(
    options.municipalities.map((m) => [
      m.number,
      em.create(Municipality, { county, number: m.number, name: m.name }),
    ]),
  );
  const owners = new Map<string, Owner>();
  const institutions = new Map<string, Institution>();
  const partnerships = new Map<string, Partnership>();
  /** Each owner's units, to list those taking part in each of its partnerships. */
  const unitsOf = new Map<string, Unit[]>();
  const prng = createPrng(options.seed * 31 + 7);
  const firstYear = options.rounds[0]?.year ?? options.plan.period.fromYear;
  const indicatorIds = resolvePlanVersion(options.plan, options.plan.versions[0]?.id ?? '')
    .rules.indicators.filter((i) => i.kind === 'STATISTIC' || i.kind === 'DISTANCE')
    .map((i) => ({ id: i.id, distance: i.kind === 'DISTANCE' }));
  for (const municipality of municipalities.values()) {
    for (const indicator of indicatorIds) {
      em.create(SectorIndicator, {
        county,
        municipality,
        indicatorId: indicator.id,
        year: firstYear - 1,
        value: indicator.distance ? prng.int(0, 450) : prng.int(0, 100),
        source: 'DEMO: invented figure',
      });
    }
  }

  const seededCommitments: Commitment[] = [];
  const decided: DecidedDemoRound[] = [];
  const rounds = new Map<number, Round>();
  for (const spec of options.rounds) {
    const demo = generateDemoRound({
      seed: options.seed,
      statements: spec.statements,
      plan: options.plan,
      year: spec.year,
      municipalities: options.municipalities,
    });
    const plan = versionFor(options.plan, spec.year);
    const planVersion = versions.find((v) => v.versionId === plan.versionId) ?? versions[0]!;
    const committed = options.multiYear
      ? seededCommitments.filter((c) => c.year === spec.year).reduce((sum, c) => sum + c.amount, 0)
      : 0;
    const samiOptional = !plan.rules.needsStatement.requiredParts.includes('SAMI_PERSPECTIVES');
    const samiPrng = createPrng(options.seed * 131 + spec.year);
    const calendar = calendarForRound(plan.rules, spec.year);
    const round = em.create(Round, {
      county,
      year: spec.year,
      frame: demo.input.round.frame + committed,
      status: spec.status,
      planVersion,
      calendar,
      submissionDeadlineOverride: demoDeadlineExtension(calendar, spec.status),
      sectorBasis: (demo.input.round.sectorBasis as Record<string, number> | undefined) ?? null,
    });
    rounds.set(spec.year, round);
    const byDemoId = new Map<string, NeedsStatement>();
    for (const ds of demo.needsStatements) {
      const partnership = partnershipFor(ds);
      const ns = em.create(NeedsStatement, {
        county,
        round,
        partnership,
        title: `${titleOf(ds)} (demo)`,
        workId: ds.continuation?.workId ?? ds.id,
        sector: (ds.sector as Sector | undefined) ?? null,
        themeId: ds.themeId ?? null,
        themeItemIds: ds.themeItemIds,
        localNeeds: ds.localNeeds,
        longTermGoals: ds.goals.longTerm,
        subGoals: ds.goals.subGoals,
        measures: ds.measures,
        durationYears: ds.durationYears ?? null,
        ownContribution: ds.ownContribution.description,
        ownContributionAmount: ds.ownContribution.amount ?? null,
        // Where the plan does not require it, about half the statements leave it out.
        samiPerspectives: samiOptional && samiPrng.chance(0.5) ? '' : ds.samiPerspectives,
        collectiveLearning: ds.collectiveLearning,
        teacherEducationFeedback: ds.teacherEducationFeedback,
        coordinator: ds.coordinator ?? null,
        continuation: ds.continuation
          ? { continuesEarlierWork: ds.continuation.continuesEarlierWork }
          : null,
        participants: ds.participants ?? null,
        contactName: 'Demo Kontaktperson',
        contactEmail: 'kontakt@example.invalid',
        requestedThisYear: ds.budget
          .filter((b) => b.year === spec.year)
          .reduce((sum, b) => sum + b.total, 0),
        requestedTotal: ds.budget.reduce((sum, b) => sum + b.total, 0),
        submittedAt: new Date(Date.UTC(spec.year, 0, 15)),
      });
      for (const line of budgetLinesFor(ds.budget)) {
        ns.budgetLines.add(em.create(BudgetLine, { ...line, needsStatement: ns }));
      }
      byDemoId.set(ds.id, ns);
    }
    if (spec === options.rounds[0]) {
      // The owners' earlier participation (in the schemes this one replaced), once they exist.
      for (const h of demo.input.history.owners) {
        const years = h.participationYears.filter((y) => y < spec.year);
        ownerFor(h.orgnr)?.participationYears.push(...years);
      }
    }
    if (spec.status === RoundStatus.DECIDED || spec.status === RoundStatus.REPORTING) {
      const input = options.multiYear
        ? {
            ...demo.input,
            round: { ...demo.input.round, frame: round.frame },
            commitments: seededCommitments.filter((c) => c.year >= spec.year).map(toDomain),
            history: recordedHistory(spec.year),
          }
        : { ...demo.input, commitments: [] };
      const result = await decideDemoRound(em, county, round, input, byDemoId, plan);
      seededCommitments.push(...result.commitments);
      decided.push(result);
    }
  }
  await em.flush();
  if (options.reports) {
    await seedDemoReports(em, {
      county,
      seed: options.seed,
      rounds,
      decisions: decided.flatMap((d) => d.decisions),
      shares: options.reports,
    });
  }
  return county;

  /** What the seeded rounds before `year` tell: works' funded years, owners' participation. */
  function recordedHistory(year: number): FundingHistory {
    const works = new Map<
      string,
      { workId: string; partnershipId: string; fundedYears: number[] }
    >();
    for (const c of seededCommitments) {
      if (c.year >= year) continue;
      const key = `${c.workId}\u0000${c.partnership.id}`;
      const work = works.get(key) ?? {
        workId: c.workId,
        partnershipId: c.partnership.id,
        fundedYears: [],
      };
      if (!work.fundedYears.includes(c.year)) work.fundedYears.push(c.year);
      works.set(key, work);
    }
    return {
      works: [...works.values()],
      owners: [...owners.values()]
        .map((o) => ({
          orgnr: o.orgnr,
          participationYears: o.participationYears.filter((y) => y < year),
        }))
        .filter((o) => o.participationYears.length > 0),
    };
  }

  function ownerFor(orgnr: string): Owner | undefined {
    return owners.get(orgnr);
  }

  function partnershipFor(ds: DomainStatement): Partnership {
    const p = ds.partnership;
    for (const o of p.owners) {
      if (owners.has(o.orgnr)) continue;
      const owner = em.create(Owner, {
        county,
        orgnr: o.orgnr,
        name: `${o.name} (demo)`,
        ownership: o.ownership as Ownership,
        municipality: o.municipalityNumber
          ? (municipalities.get(o.municipalityNumber) ?? null)
          : null,
      });
      const kind = o.ownership === 'PRIVATE' ? UnitKind.KINDERGARTEN : null;
      const units: Unit[] = [];
      for (let k = 0; k < Math.max(1, o.units); k++) {
        units.push(
          em.create(Unit, {
            county,
            owner,
            name: `${o.name} enhet ${k + 1} (demo)`,
            kind: kind ?? (k % 2 === 0 ? UnitKind.SCHOOL : UnitKind.KINDERGARTEN),
          }),
        );
      }
      owners.set(o.orgnr, owner);
      unitsOf.set(o.orgnr, units);
    }
    if (!institutions.has(p.institution.orgnr)) {
      institutions.set(
        p.institution.orgnr,
        em.create(Institution, {
          county,
          orgnr: p.institution.orgnr,
          name: p.institution.name,
          kind: p.institution.kind as InstitutionKind,
        }),
      );
    }
    const ownerOrgnrs = p.owners.map((o) => o.orgnr).sort();
    const key = `${ownerOrgnrs.join('+')}@${p.institution.orgnr}`;
    let partnership = partnerships.get(key);
    if (!partnership) {
      partnership = em.create(Partnership, {
        county,
        name: `${p.owners.map((o) => o.name).join(' / ')} og ${p.institution.name}`.slice(0, 290),
        institution: institutions.get(p.institution.orgnr)!,
        otherServices: ds.participants?.otherServices ?? [],
      });
      for (const orgnr of ownerOrgnrs) partnership.owners.add(owners.get(orgnr)!);
      // The units taking part in this partnership: as many of the owner's as the statement counts.
      for (const o of p.owners) {
        for (const unit of (unitsOf.get(o.orgnr) ?? []).slice(0, o.units)) {
          partnership.units.add(unit);
        }
      }
      partnerships.set(key, partnership);
    }
    return partnership;
  }
}

function versionFor(plan: CountyPlan, year: number) {
  try {
    return planVersionInForce(plan, `${year}-01-01`);
  } catch {
    return resolvePlanVersion(plan, plan.versions.at(-1)?.id ?? '');
  }
}

function titleOf(ds: DomainStatement): string {
  return `Kompetanseløft ${ds.sector === 'KINDERGARTEN' ? 'i barnehagene' : ds.sector === 'SCHOOL' ? 'i skolene' : 'i laget rundt barnet'} – ${ds.partnership.owners[0]?.name ?? ''}`;
}

interface DecidedDemoRound {
  decisions: Decision[];
  commitments: Commitment[];
}

function toDomain(c: Commitment): DomainCommitment {
  return {
    needsStatementId: c.needsStatementId ?? c.id,
    partnershipId: c.partnership.id,
    workId: c.workId,
    sector: c.sector,
    durationYears: c.durationYears,
    year: c.year,
    amount: c.amount,
    owner: c.owner,
    institution: c.institution,
    coordinator: c.coordinator,
    institutionOrgnr: c.institutionOrgnr,
  };
}

/** Runs the engine (ranked) over a decided demo round and records what the office would have. */
async function decideDemoRound(
  em: EntityManager,
  county: County,
  round: Round,
  input: Parameters<typeof allocate>[0],
  byDemoId: Map<string, NeedsStatement>,
  plan: ReturnType<typeof versionFor>,
): Promise<DecidedDemoRound> {
  const decisions: Decision[] = [];
  const commitments: Commitment[] = [];
  const result = await allocate(input);
  const ranAt = new Date(Date.UTC(round.year, 2, 1));
  const scenario = em.create(Scenario, {
    county,
    round,
    name: 'Forslag til fordeling (demo)',
    method: AllocationMethod.RANKED,
    cutRule: CutRule.PROPORTIONAL,
    parameters: input.scenario as unknown as Record<string, unknown>,
    input: input as unknown as Record<string, unknown>,
    inputHash: createHash('sha256').update(toCanonicalJson(input)).digest('hex'),
    planVersionId: result.planVersion,
    result: result as unknown as Record<string, unknown>,
    frame: result.totals.frame,
    committedEarlier: 0,
    grantedNew: result.totals.grantedNew,
    leftover: result.totals.leftover,
    ranBy: DEMO_ACTOR,
    ranByName: 'Demo-rådgiver',
    ranAt,
    durationMs: 0,
  });
  // The alternative the office weighed and the forum compared it with: the same statements, the
  // shortfall shared as equal losses instead of in proportion.
  const altInput = {
    ...input,
    scenario: { ...input.scenario, cutRule: 'constrained-equal-losses' as const },
  };
  const alternative = await allocate(altInput);
  const altScenario = em.create(Scenario, {
    county,
    round,
    name: 'Alternativ: like kutt (demo)',
    method: AllocationMethod.RANKED,
    cutRule: CutRule.CONSTRAINED_EQUAL_LOSSES,
    parameters: altInput.scenario as unknown as Record<string, unknown>,
    input: altInput as unknown as Record<string, unknown>,
    inputHash: createHash('sha256').update(toCanonicalJson(altInput)).digest('hex'),
    planVersionId: alternative.planVersion,
    result: alternative as unknown as Record<string, unknown>,
    frame: alternative.totals.frame,
    committedEarlier: 0,
    grantedNew: alternative.totals.grantedNew,
    leftover: alternative.totals.leftover,
    ranBy: DEMO_ACTOR,
    ranByName: 'Demo-rådgiver',
    ranAt: new Date(ranAt.getTime() - 60 * 60_000),
    durationMs: 0,
  });
  for (const s of alternative.statements) {
    const ns = byDemoId.get(s.id);
    if (!ns) continue;
    em.create(ScenarioLine, {
      county,
      scenario: altScenario,
      needsStatement: ns,
      status: s.status as AllocationStatus,
      requestedThisYear: s.requested.thisYear,
      engineGrantedThisYear: s.granted.thisYear,
      perYear: s.granted.perYear,
      fundedPercent: s.fundedPercent,
      rank: s.rank?.overall ?? null,
      score: s.score.total,
      explanation: s.explanation,
      clauses: s.clauses,
    });
  }
  const proposal = em.create(Proposal, {
    county,
    round,
    scenario,
    status: ProposalStatus.RECORDED,
    note: 'Demo: forslag lagt fram for samarbeidsforum.',
    putBy: DEMO_ACTOR,
    putAt: ranAt,
    forumOutcome: ForumOutcome.CONSENSUS,
    forumMinutes: 'Demo: forumet sluttet seg til forslaget.',
    recordedBy: DEMO_ACTOR,
    recordedAt: new Date(Date.UTC(round.year, 2, 20)),
  });
  for (const s of result.statements) {
    const ns = byDemoId.get(s.id);
    if (!ns) continue;
    em.create(ScenarioLine, {
      county,
      scenario,
      needsStatement: ns,
      status: s.status as AllocationStatus,
      requestedThisYear: s.requested.thisYear,
      engineGrantedThisYear: s.granted.thisYear,
      perYear: s.granted.perYear,
      fundedPercent: s.fundedPercent,
      rank: s.rank?.overall ?? null,
      score: s.score.total,
      explanation: s.explanation,
      clauses: s.clauses,
    });
    const granted = s.granted.thisYear;
    const decision = em.create(Decision, {
      county,
      round,
      needsStatement: ns,
      partnership: ns.partnership,
      proposal,
      status:
        granted === 0
          ? DecisionStatus.REJECTED
          : granted < s.requested.thisYear
            ? DecisionStatus.REDUCED
            : DecisionStatus.GRANTED,
      requestedThisYear: s.requested.thisYear,
      grantedThisYear: granted,
      grantedTotal: s.granted.allYears,
      grantedPerYear: s.granted.perYear,
      justification: `${s.explanation.nb}\n\nGrunnlag i planen: ${s.clauses.map((c) => plan.clauses[c]?.section ?? c).join(', ')}`,
      clauses: s.clauses,
      decidedBy: DEMO_ACTOR,
      decidedAt: new Date(Date.UTC(round.year, 3, 15)),
      ...decisionOwnerCounts(
        ns.partnership.getEntity().owners.getItems(),
        round.year,
        plan.rules.newcomers,
        granted,
      ),
    });
    decisions.push(decision);
    const partnership = ns.partnership.getEntity();
    for (const y of s.granted.perYear) {
      if (y.amount <= 0) continue;
      const commitment = em.create(Commitment, {
        county,
        grantedInRound: round,
        grantedYear: round.year,
        needsStatementId: ns.id,
        partnership,
        workId: ns.workId,
        sector: s.sector as Sector,
        durationYears: s.durationYears,
        year: y.year,
        amount: y.amount,
        owner: y.owner,
        institution: y.institution,
        coordinator: y.coordinator,
        institutionOrgnr: partnership.institution.getEntity().orgnr,
      });
      commitments.push(commitment);
    }
    if (granted > 0) {
      for (const owner of partnership.owners.getItems()) {
        if (!owner.participationYears.includes(round.year))
          owner.participationYears.push(round.year);
      }
    }
  }
  return { decisions, commitments };
}
