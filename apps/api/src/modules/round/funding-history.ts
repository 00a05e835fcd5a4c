import type { EntityManager } from '@mikro-orm/postgresql';
import type { FundingHistory } from '@kompetansemidler/domain';
import { Owner } from '../partnership/owner.entity.js';
import { Commitment } from './commitment.entity.js';

/**
 * What earlier rounds tell about works and owners, for a round's year: the years each work was
 * funded (from the grants' yearly amounts before that year) and the owners' participation years.
 * Narrow it to some works and owners when checking one statement.
 */
export async function fundingHistory(
  em: EntityManager,
  roundYear: number,
  only?: { workIds: string[]; ownerOrgnrs: string[] },
): Promise<FundingHistory> {
  const commitments = await em.find(
    Commitment,
    {
      year: { $lt: roundYear },
      amount: { $gt: 0 },
      ...(only ? { workId: { $in: only.workIds } } : {}),
    },
    { fields: ['workId', 'partnership', 'year'], orderBy: { workId: 'asc', year: 'asc' } },
  );
  const works = new Map<string, { workId: string; partnershipId: string; fundedYears: number[] }>();
  for (const c of commitments) {
    const key = `${c.workId}\u0000${c.partnership.id}`;
    const work = works.get(key) ?? {
      workId: c.workId,
      partnershipId: c.partnership.id,
      fundedYears: [],
    };
    if (!work.fundedYears.includes(c.year)) work.fundedYears.push(c.year);
    works.set(key, work);
  }
  const owners = await em.find(Owner, only ? { orgnr: { $in: only.ownerOrgnrs } } : {}, {
    fields: ['orgnr', 'participationYears'],
    orderBy: { orgnr: 'asc' },
  });
  return {
    works: [...works.values()],
    owners: owners
      .filter((o) => o.participationYears.length > 0)
      .map((o) => ({
        orgnr: o.orgnr,
        participationYears: o.participationYears.filter((y) => y < roundYear),
      })),
  };
}
