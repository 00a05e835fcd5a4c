import type { EntityManager } from '@mikro-orm/postgresql';
import type { Commitment as DomainCommitment, Sector } from '@kompetansemidler/domain';
import { storedPlanVersion } from '../county/stored-plan-version.js';
import { submittedStatementsJson } from '../needs-statement/needs-statement.repository.js';
import { domainPartnerships } from '../partnership/partnership-domain.js';
import { fundingHistory } from '../round/funding-history.js';
import type { Round } from '../round/round.entity.js';
import type { AllocationRows } from './solver/allocation-job.js';

/** What the rows of a round's scenario are read by: the round's own columns. */
export interface RoundForAllocation {
  id: string;
  countyId: string;
  year: number;
  frame: number;
  sectorBasis: Partial<Record<Sector, number>> | null;
  planVersionId: string;
}

export function roundForAllocation(round: Round): RoundForAllocation {
  return {
    id: round.id,
    countyId: round.county.id,
    year: round.year,
    frame: round.frame,
    sectorBasis: (round.sectorBasis as Partial<Record<Sector, number>> | null) ?? null,
    planVersionId: round.planVersion.id,
  };
}

/**
 * The plain rows a scenario of `round` is built from: the plan, the submitted statements with
 * their budget lines and partnerships, the knowledge base's figures, earlier commitments, the
 * funding history and the earlier owner/institution split. Lean SQL, no entities: the solver
 * thread reads them on its own connection and turns them into the engine's input.
 */
export async function loadAllocationRows(
  source: EntityManager,
  round: RoundForAllocation,
): Promise<AllocationRows> {
  const { countyId } = round;
  const [plan, statements, figures, commitmentRows, earlier, history] = await Promise.all([
    storedPlanVersion(source, round.planVersionId),
    submittedStatementsJson(source, round.id),
    source.execute<
      {
        number: string | null;
        owner_orgnr: string | null;
        indicator_id: string;
        sector: Sector | null;
        year: number;
        value: number;
      }[]
    >(
      `select m.number, o.orgnr as owner_orgnr, s.indicator_id, s.sector, s.year, s.value
         from sector_indicator s
         left join municipality m on m.id = s.municipality_id
         left join owner o on o.id = s.owner_id
        where s.county_id = ? and s.year <= ?
        order by m.number, o.orgnr, s.indicator_id, s.sector nulls first, s.year`,
      [countyId, round.year],
    ),
    source.execute<
      {
        id: string;
        needs_statement_id: string | null;
        partnership_id: string;
        work_id: string;
        sector: Sector;
        duration_years: number;
        year: number;
        amount: number;
        owner: number;
        institution: number;
        coordinator: number;
        institution_orgnr: string;
      }[]
    >(
      `select c.id, c.needs_statement_id, c.partnership_id, c.work_id, c.sector, c.duration_years,
              c.year, c.amount, c.owner, c.institution, c.coordinator, c.institution_orgnr
         from commitment c
        where c.county_id = ? and c.year >= ? and c.granted_year < ?
        order by c.id`,
      [countyId, round.year, round.year],
    ),
    source.execute<{ year: number; owner: string; institution: string }[]>(
      `select year, sum(owner) as owner, sum(institution) as institution from commitment
        where county_id = ? and year < ? group by year order by year`,
      [countyId, round.year],
    ),
    fundingHistory(source, countyId, round.year),
  ]);
  const partnerships = await domainPartnerships(source, statements.partnershipIds);
  const commitments: DomainCommitment[] = commitmentRows.map((c) => ({
    needsStatementId: c.needs_statement_id ?? c.id,
    partnershipId: c.partnership_id,
    workId: c.work_id,
    sector: c.sector,
    durationYears: c.duration_years,
    year: c.year,
    amount: c.amount,
    owner: c.owner,
    institution: c.institution,
    coordinator: c.coordinator,
    institutionOrgnr: c.institution_orgnr,
  }));
  return {
    plan: plan.plan,
    planVersion: plan.versionId,
    round: {
      year: round.year,
      frame: round.frame,
      ...(round.sectorBasis ? { sectorBasis: round.sectorBasis } : {}),
    },
    statementsJson: statements.json,
    partnerships: [...partnerships.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    figures: figures.map((f) => ({
      indicatorId: f.indicator_id,
      year: f.year,
      value: f.value,
      ...(f.number ? { municipalityNumber: f.number } : {}),
      ...(f.owner_orgnr ? { ownerOrgnr: f.owner_orgnr } : {}),
      ...(f.sector ? { sector: f.sector } : {}),
    })),
    commitments,
    history,
    institutionShareHistory: earlier.map((row) => ({
      year: row.year,
      owner: Number(row.owner),
      institution: Number(row.institution),
    })),
  };
}
