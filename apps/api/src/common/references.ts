import type { EntityManager } from '@mikro-orm/postgresql';
import type { Reference, ReferenceKind } from '@kompetansemidler/domain';

/** What each referring table is, in the register's words. */
const KIND_OF_TABLE: Record<string, ReferenceKind> = {
  partnership: 'PARTNERSHIP',
  partnership_owner: 'PARTNERSHIP',
  partnership_unit: 'UNIT',
  needs_statement: 'NEEDS_STATEMENT',
  commitment: 'COMMITMENT',
  decision: 'DECISION',
  split_answer: 'DECISION',
  annual_report: 'ANNUAL_REPORT',
  sector_indicator: 'INDICATOR_FIGURE',
};

/**
 * Rows that belong to their parent and go with it (the database cascades the delete): a unit
 * with its owner, a partnership's own links to owners and units. What refers to *them* still
 * counts.
 */
const OWNED_CHILDREN: Record<string, readonly string[]> = {
  owner: ['unit'],
  partnership: ['partnership_owner', 'partnership_unit'],
};

interface ForeignKey {
  table: string;
  column: string;
  has_id: boolean;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The single-column foreign keys that point at `table`, from the catalog (any new table counts). */
async function foreignKeysTo(em: EntityManager, table: string): Promise<ForeignKey[]> {
  return em.execute<ForeignKey[]>(
    `select child.relname as table, a.attname as column,
            exists (select 1 from pg_attribute i
                     where i.attrelid = child.oid and i.attname = 'id' and not i.attisdropped) as has_id
       from pg_constraint c
       join pg_class parent on parent.oid = c.confrelid
       join pg_class child on child.oid = c.conrelid
       join pg_namespace n on n.oid = child.relnamespace and n.nspname = current_schema()
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and parent.relname = ? and cardinality(c.conkey) = 1
      order by child.relname, a.attname`,
    [table],
  );
}

/**
 * What in the database refers to the row `id` of `table`, counted per kind: every foreign key that
 * points at it, and for the rows it owns (OWNED_CHILDREN) what refers to those. Raw SQL under the
 * caller's county: the counts are of the county's rows.
 */
export async function referencesTo(
  em: EntityManager,
  table: string,
  id: string,
): Promise<Reference[]> {
  const counts = new Map<ReferenceKind, number>();
  const visit = async (target: string, idsSql: string, params: unknown[], depth: number) => {
    for (const fk of await foreignKeysTo(em, target)) {
      if (fk.table === 'audit_log') continue;
      const where = `${quote(fk.column)} in (${idsSql})`;
      if (OWNED_CHILDREN[target]?.includes(fk.table)) {
        if (fk.has_id && depth < 3) {
          await visit(
            fk.table,
            `select id from ${quote(fk.table)} where ${where}`,
            params,
            depth + 1,
          );
        }
        continue;
      }
      const [row] = await em.execute<{ n: string }[]>(
        `select count(*) as n from ${quote(fk.table)} where ${where}`,
        params,
      );
      const n = Number(row?.n ?? 0);
      if (n === 0) continue;
      const kind = KIND_OF_TABLE[fk.table] ?? 'OTHER';
      counts.set(kind, (counts.get(kind) ?? 0) + n);
    }
  };
  await visit(table, '?', [id], 0);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}
