import type { EntityManager } from '@mikro-orm/postgresql';
import type { Partnership as DomainPartnership } from '@kompetansemidler/domain';
import { Partnership } from './partnership.entity.js';

/**
 * Partnerships in the domain's shape (owners with their municipality and unit count, the
 * institution), in three queries whatever their number.
 */
export async function domainPartnerships(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, DomainPartnership>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const partnerships = await em.find(
    Partnership,
    { id: { $in: unique } },
    { populate: ['owners', 'owners.municipality', 'institution', 'leadOwner'] },
  );
  const ownerIds = [...new Set(partnerships.flatMap((p) => p.owners.getItems().map((o) => o.id)))];
  const unitCounts = new Map<string, number>();
  if (ownerIds.length > 0) {
    const rows: Array<{ owner_id: string; units: string }> = await em
      .getConnection()
      .execute(
        `select owner_id, count(*) as units from unit where owner_id in (${ownerIds.map(() => '?').join(',')}) group by owner_id`,
        ownerIds,
      );
    for (const row of rows) unitCounts.set(row.owner_id, Number(row.units));
  }
  const result = new Map<string, DomainPartnership>();
  for (const p of partnerships) {
    const institution = p.institution.getEntity();
    result.set(p.id, {
      id: p.id,
      name: p.name,
      owners: p.owners
        .getItems()
        .sort((a, b) => (a.orgnr < b.orgnr ? -1 : 1))
        .map((o) => ({
          orgnr: o.orgnr,
          name: o.name,
          ownership: o.ownership,
          municipalityNumber: o.municipality?.getEntity().number,
          units: unitCounts.get(o.id) ?? 0,
        })),
      institution: { orgnr: institution.orgnr, name: institution.name, kind: institution.kind },
      ...(p.leadOwner ? { leadOwnerOrgnr: p.leadOwner.getEntity().orgnr } : {}),
    });
  }
  return result;
}
