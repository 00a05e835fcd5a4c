import type { EntityManager } from '@mikro-orm/postgresql';
import {
  candidateFromNeedsStatement,
  needsStatementSchema,
  type AllocationInput,
  type Commitment as DomainCommitment,
  type ScenarioParameters,
  type Sector,
} from '@kompetansemidler/domain';
import { countyPlanOf } from '../county/plan.service.js';
import { SectorIndicator } from '../indicator/sector-indicator.entity.js';
import { budgetYears, toDomainStatement } from '../needs-statement/needs-statement.mapper.js';
import { NeedsStatement, NeedsStatementStatus } from '../needs-statement/needs-statement.entity.js';
import { domainPartnerships } from '../partnership/partnership-domain.js';
import { Commitment } from '../round/commitment.entity.js';
import { fundingHistory } from '../round/funding-history.js';
import type { Round } from '../round/round.entity.js';

/**
 * Everything the engine needs for one scenario of a round, as the domain's plain JSON: the plan,
 * the round, earlier commitments, every submitted statement as a candidate (with its
 * municipalities' indicator figures), the funding history and the parameters.
 */
export async function buildAllocationInput(
  em: EntityManager,
  round: Round,
  scenario: ScenarioParameters,
  officeKnowledge: ReadonlyMap<string, { score: number; reason: string }> = new Map(),
): Promise<AllocationInput> {
  const planVersion = await round.planVersion.loadOrFail();
  const statements = await em.find(
    NeedsStatement,
    { round: round.id, status: NeedsStatementStatus.SUBMITTED },
    { populate: ['budgetLines'], orderBy: { id: 'asc' } },
  );
  const partnerships = await domainPartnerships(
    em,
    statements.map((s) => s.partnership.id),
  );
  const indicators = await indicatorFigures(em, round.year);
  const candidates = statements.flatMap((ns) => {
    const partnership = partnerships.get(ns.partnership.id);
    if (!partnership) return [];
    const parsed = needsStatementSchema.parse(
      toDomainStatement(ns, round.year, partnership, budgetYears(ns.budgetLines.getItems())),
    );
    const municipalities = partnership.owners
      .map((o) => o.municipalityNumber)
      .filter((m): m is string => m !== undefined);
    const knowledge = officeKnowledge.get(ns.id);
    return [
      candidateFromNeedsStatement(parsed, {
        indicators: averageFigures(indicators, municipalities),
        ...(knowledge ? { officeKnowledge: knowledge } : {}),
      }),
    ];
  });
  const commitmentRows = await em.find(
    Commitment,
    { year: { $gte: round.year }, grantedInRound: { year: { $lt: round.year } } },
    { orderBy: { id: 'asc' } },
  );
  const commitments: DomainCommitment[] = commitmentRows.map((c) => ({
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
  }));
  const earlier: Array<{ year: number; owner: string; institution: string }> = await em
    .getConnection()
    .execute(
      `select year, sum(owner) as owner, sum(institution) as institution from commitment
        where county_id = ? and year < ? group by year order by year`,
      [round.county.id, round.year],
    );
  return {
    plan: countyPlanOf(planVersion),
    planVersion: planVersion.versionId,
    round: {
      year: round.year,
      frame: round.frame,
      ...(round.sectorBasis
        ? { sectorBasis: round.sectorBasis as Partial<Record<Sector, number>> }
        : {}),
    },
    commitments,
    candidates,
    history: await fundingHistory(em, round.year),
    institutionShareHistory: earlier.map((row) => ({
      year: row.year,
      owner: Number(row.owner),
      institution: Number(row.institution),
    })),
    scenario,
  };
}

type Figures = Map<string, Map<string, number>>;

/** The latest figure (up to the round's year) per municipality and indicator. */
async function indicatorFigures(em: EntityManager, year: number): Promise<Figures> {
  const rows = await em.find(
    SectorIndicator,
    { year: { $lte: year } },
    { populate: ['municipality'], orderBy: { year: 'asc' } },
  );
  const figures: Figures = new Map();
  for (const row of rows) {
    const number = row.municipality.getEntity().number;
    const byIndicator = figures.get(number) ?? new Map<string, number>();
    byIndicator.set(row.indicatorId, row.value);
    figures.set(number, byIndicator);
  }
  return figures;
}

/** A partnership spanning several municipalities gets their mean figure per indicator. */
function averageFigures(
  figures: Figures,
  municipalities: readonly string[],
): Record<string, number> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const m of new Set(municipalities)) {
    for (const [id, value] of figures.get(m) ?? []) {
      const entry = sums.get(id) ?? { sum: 0, n: 0 };
      entry.sum += value;
      entry.n += 1;
      sums.set(id, entry);
    }
  }
  return Object.fromEntries([...sums].map(([id, { sum, n }]) => [id, sum / n]));
}
