import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import {
  isNewcomer,
  needsStatementNotices,
  validateNeedsStatement,
  type NeedsStatementNotice,
  type NeedsStatementProblem,
} from '@kompetansemidler/domain';
import { storedPlanVersion } from '../county/stored-plan-version.js';
import { domainPartnerships } from '../partnership/partnership-domain.js';
import { fundingHistory } from '../round/funding-history.js';
import { statementRowsWithBudget } from './needs-statement.repository.js';
import { budgetYears, toDomainStatement } from './statement-row.js';

/** What a round's validation depends on, cheap to read: when it changes, recompute. */
export interface RoundKey {
  roundId: string;
  countyId: string;
  year: number;
  planVersionId: string;
  /** The round's frame: no year of a request may exceed the plan's ceiling on it. */
  frame: number;
  /** Count, summed versions and last change of the round's statements; earlier grants. */
  fingerprint: string;
}

interface CachedRound {
  fingerprint: string;
  problems: Map<string, NeedsStatementProblem[]>;
  /** Notices for the office's assessment (never refusals), per statement id. */
  notices: Map<string, NeedsStatementNotice[]>;
  /** Submitted statements with at least one problem. */
  submittedWithProblems: number;
  /**
   * Statement ids whose partnership has an owner that is a newcomer in the round's year by the
   * plan's rule (the domain's isNewcomer on the same funding history).
   */
  newcomers: Set<string>;
}

/**
 * Recomputed at most this often even when nothing the API writes has changed, for changes made
 * outside it (a data import, a register update).
 */
const MAX_AGE_MS = 10 * 60_000;
const MAX_ROUNDS = 200;

/**
 * Validation results per round, for this process (rounds are county-unique ids): the least
 * recently used round goes first, and an entry expires after MAX_AGE_MS.
 */
const cache = new LRUCache<string, CachedRound>({ max: MAX_ROUNDS, ttl: MAX_AGE_MS });

/**
 * The SQL expression of a round's validation fingerprint (`r` is the round): its frame (the
 * ceiling), its statements' count, summed versions and last update (every write bumps the
 * version), the county's partnerships (versions, and the units taking part: the coordinator's
 * complexity), and the county's earlier
 * grants (the funding history: the four-year limit), which only decisions change, and the
 * county's owners (versions: their participation years, the newcomer rule, which the register
 * and its import may change too).
 */
export const ROUND_PROBLEMS_FINGERPRINT_SQL = `r.frame::text || '|' || (
  select count(*)::text || ':' || coalesce(sum(n.version), 0)::text || ':' || coalesce(max(n.updated_at)::text, '')
    from needs_statement n where n.round_id = r.id
) || '|' || (
  select count(*)::text || ':' || coalesce(sum(p.version), 0)::text || ':' || coalesce(sum((
    select coalesce(sum(hashtext(pu.unit_id::text)), 0) from partnership_unit pu where pu.partnership_id = p.id
  )), 0)::text
    from partnership p where p.county_id = r.county_id
) || '|' || (
  select count(*)::text || ':' || coalesce(sum(c.amount), 0)::text || ':' || coalesce(max(c.created_at)::text, '')
    from commitment c where c.county_id = r.county_id and c.year < r.year
) || '|' || (
  select count(*)::text || ':' || coalesce(sum(o.version), 0)::text
    from owner o where o.county_id = r.county_id
)`;

/**
 * The domain's validation problems of stored needs statements (plan rule 11 and the four-year
 * limit), per statement: the whole round is checked at once and kept while its fingerprint holds,
 * so a page of statements, a statement and the round's summary cost a few queries together.
 */
export class StatementProblems {
  constructor(private readonly em: EntityManager) {}

  /** Problems per statement id of the given statements (their rounds checked whole). */
  async forStatements(
    statements: ReadonlyArray<{ id: string; roundId: string }>,
  ): Promise<Map<string, NeedsStatementProblem[]>> {
    const rounds = await this.forRounds([...new Set(statements.map((s) => s.roundId))]);
    const result = new Map<string, NeedsStatementProblem[]>();
    for (const s of statements) result.set(s.id, rounds.get(s.roundId)?.problems.get(s.id) ?? []);
    return result;
  }

  /** Notices per statement id of the given statements (their rounds checked whole). */
  async noticesFor(
    statements: ReadonlyArray<{ id: string; roundId: string }>,
  ): Promise<Map<string, NeedsStatementNotice[]>> {
    const rounds = await this.forRounds([...new Set(statements.map((s) => s.roundId))]);
    const result = new Map<string, NeedsStatementNotice[]>();
    for (const s of statements) result.set(s.id, rounds.get(s.roundId)?.notices.get(s.id) ?? []);
    return result;
  }

  /** Whether each given statement's partnership has a newcomer owner (their rounds checked whole). */
  async newcomersFor(
    statements: ReadonlyArray<{ id: string; roundId: string }>,
  ): Promise<Map<string, boolean>> {
    const rounds = await this.forRounds([...new Set(statements.map((s) => s.roundId))]);
    return new Map(
      statements.map((s) => [s.id, rounds.get(s.roundId)?.newcomers.has(s.id) ?? false]),
    );
  }

  /** Per round id: its statements' problems and how many submitted ones have any. */
  async forRounds(
    roundIds: readonly string[],
    known?: ReadonlyMap<string, RoundKey>,
  ): Promise<Map<string, CachedRound>> {
    const keys = known ?? (await roundKeys(this.em, roundIds));
    const result = new Map<string, CachedRound>();
    for (const roundId of roundIds) {
      const key = keys.get(roundId);
      if (!key) continue;
      const hit = cache.get(roundId);
      if (hit && hit.fingerprint === key.fingerprint) {
        result.set(roundId, hit);
        continue;
      }
      const computed = await this.compute(key);
      cache.set(roundId, computed);
      result.set(roundId, computed);
    }
    return result;
  }

  private async compute(key: RoundKey): Promise<CachedRound> {
    const [statements, plan] = await Promise.all([
      statementRowsWithBudget(this.em, { roundId: key.roundId }),
      storedPlanVersion(this.em, key.planVersionId),
    ]);
    const partnerships = await domainPartnerships(
      this.em,
      statements.map((s) => s.partnershipId),
    );
    const history = await fundingHistory(this.em, key.countyId, key.year, {
      workIds: [...new Set(statements.map((s) => s.workId))],
      ownerOrgnrs: [
        ...new Set([...partnerships.values()].flatMap((p) => p.owners.map((o) => o.orgnr))),
      ],
    });
    const problems = new Map<string, NeedsStatementProblem[]>();
    const notices = new Map<string, NeedsStatementNotice[]>();
    const newcomers = new Set<string>();
    let submittedWithProblems = 0;
    for (const s of statements) {
      const partnership = partnerships.get(s.partnershipId);
      if (
        partnership?.owners.some((o) =>
          isNewcomer(history, o.orgnr, key.year, plan.resolved.rules.newcomers),
        )
      ) {
        newcomers.add(s.id);
      }
      const statement = partnership
        ? toDomainStatement(s, key.year, partnership, budgetYears(s.budget))
        : undefined;
      const found = statement
        ? validateNeedsStatement(statement, { plan: plan.resolved, history, frame: key.frame })
        : [];
      problems.set(s.id, found);
      notices.set(s.id, statement ? needsStatementNotices(statement, { plan: plan.resolved }) : []);
      if (found.length > 0 && s.status === 'SUBMITTED') submittedWithProblems += 1;
    }
    return { fingerprint: key.fingerprint, problems, notices, submittedWithProblems, newcomers };
  }
}

/** The rounds' validation keys (one query). The ids must be rounds the caller may see. */
export async function roundKeys(
  em: EntityManager,
  roundIds: readonly string[],
): Promise<Map<string, RoundKey>> {
  if (roundIds.length === 0) return new Map();
  const rows = await em.execute<
    {
      id: string;
      county_id: string;
      year: number;
      plan_version_id: string;
      frame: number;
      fingerprint: string;
    }[]
  >(
    `select r.id, r.county_id, r.year, r.plan_version_id, r.frame, ${ROUND_PROBLEMS_FINGERPRINT_SQL} as fingerprint
       from round r where r.id in (?)`,
    [roundIds],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        roundId: r.id,
        countyId: r.county_id,
        year: r.year,
        planVersionId: r.plan_version_id,
        frame: Number(r.frame),
        fingerprint: r.fingerprint,
      },
    ]),
  );
}
