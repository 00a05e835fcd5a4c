import type { EntityManager } from '@mikro-orm/postgresql';
import type { Partnership as DomainPartnership } from '@kompetansemidler/domain';

interface PartnershipRow {
  id: string;
  name: string;
  institution_orgnr: string;
  institution_name: string;
  institution_kind: DomainPartnership['institution']['kind'];
  lead_owner_orgnr: string | null;
}

interface OwnerRow {
  partnership_id: string;
  orgnr: string;
  name: string;
  ownership: 'PUBLIC' | 'PRIVATE';
  municipality_number: string | null;
  units: string | number;
}

/**
 * Partnerships in the domain's shape (owners by orgnr with their municipality and the count of
 * their units taking part in this partnership, not all their units: rule 8's complexity), the
 * institution, the lead owner), as plain rows in two queries whatever their number. The ids come
 * from rows the caller was allowed to see (raw SQL skips the tenant filter).
 */
export async function domainPartnerships(
  source: EntityManager,
  ids: readonly string[],
): Promise<Map<string, DomainPartnership>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const [partnerships, owners] = await Promise.all([
    source.execute<PartnershipRow[]>(
      `select p.id, p.name, i.orgnr as institution_orgnr, i.name as institution_name,
              i.kind as institution_kind, lo.orgnr as lead_owner_orgnr
         from partnership p
         join institution i on i.id = p.institution_id
         left join owner lo on lo.id = p.lead_owner_id
        where p.id in (?)`,
      [unique],
    ),
    source.execute<OwnerRow[]>(
      `select po.partnership_id, o.orgnr, o.name, o.ownership, m.number as municipality_number,
              (select count(*) from partnership_unit pu join unit u on u.id = pu.unit_id
                where pu.partnership_id = po.partnership_id and u.owner_id = o.id) as units
         from partnership_owner po
         join owner o on o.id = po.owner_id
         left join municipality m on m.id = o.municipality_id
        where po.partnership_id in (?)
        order by po.partnership_id, o.orgnr`,
      [unique],
    ),
  ]);
  const ownersOf = new Map<string, DomainPartnership['owners']>();
  for (const o of owners) {
    const list = ownersOf.get(o.partnership_id) ?? [];
    list.push({
      orgnr: o.orgnr,
      name: o.name,
      ownership: o.ownership,
      municipalityNumber: o.municipality_number ?? undefined,
      units: Number(o.units),
    });
    ownersOf.set(o.partnership_id, list);
  }
  const result = new Map<string, DomainPartnership>();
  for (const p of partnerships) {
    result.set(p.id, {
      id: p.id,
      name: p.name,
      owners: (ownersOf.get(p.id) ?? []).sort((a, b) => (a.orgnr < b.orgnr ? -1 : 1)),
      institution: {
        orgnr: p.institution_orgnr,
        name: p.institution_name,
        kind: p.institution_kind,
      },
      ...(p.lead_owner_orgnr ? { leadOwnerOrgnr: p.lead_owner_orgnr } : {}),
    });
  }
  return result;
}
