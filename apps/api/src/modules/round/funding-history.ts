import type { EntityManager } from '@mikro-orm/postgresql';
import type { FundingHistory } from '@kompetansemidler/domain';

/**
 * What earlier rounds tell about works and owners, for a round's year in a county: the years each
 * work was funded (from the grants' yearly amounts before that year) and the owners' participation
 * years. Narrow it to some works and owners when checking one statement. Plain rows, two queries.
 */
export async function fundingHistory(
  source: EntityManager,
  countyId: string,
  roundYear: number,
  only?: { workIds: readonly string[]; ownerOrgnrs: readonly string[] },
): Promise<FundingHistory> {
  if (only && only.workIds.length === 0 && only.ownerOrgnrs.length === 0) {
    return { works: [], owners: [] };
  }
  const workFilter = only ? (only.workIds.length > 0 ? 'and work_id in (?)' : 'and false') : '';
  const ownerFilter = only ? (only.ownerOrgnrs.length > 0 ? 'and orgnr in (?)' : 'and false') : '';
  const [works, owners] = await Promise.all([
    source.execute<{ work_id: string; partnership_id: string; years: number[] }[]>(
      `select work_id, partnership_id, array_agg(distinct year order by year) as years
         from commitment
        where county_id = ? and year < ? and amount > 0 ${workFilter}
        group by work_id, partnership_id
        order by work_id, partnership_id`,
      only && only.workIds.length > 0 ? [countyId, roundYear, only.workIds] : [countyId, roundYear],
    ),
    source.execute<{ orgnr: string; participation_years: number[] }[]>(
      `select orgnr, participation_years from owner
        where county_id = ? and jsonb_array_length(participation_years) > 0 ${ownerFilter}
        order by orgnr`,
      only && only.ownerOrgnrs.length > 0 ? [countyId, only.ownerOrgnrs] : [countyId],
    ),
  ]);
  return {
    works: works.map((w) => ({
      workId: w.work_id,
      partnershipId: w.partnership_id,
      fundedYears: w.years.map(Number),
    })),
    owners: owners.map((o) => ({
      orgnr: o.orgnr,
      participationYears: o.participation_years.filter((y) => y < roundYear),
    })),
  };
}
