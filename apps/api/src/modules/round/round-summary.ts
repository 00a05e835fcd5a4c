import type { EntityManager } from '@mikro-orm/postgresql';
import { findTheme, SECTORS } from '@kompetansemidler/domain';
import type { Sector } from '../../common/enums.js';
import { storedPlanVersion } from '../county/stored-plan-version.js';
import { NeedsStatementStatus } from '../needs-statement/needs-statement.entity.js';
import {
  ROUND_PROBLEMS_FINGERPRINT_SQL,
  type RoundKey,
} from '../needs-statement/statement-problems.js';
import type { RoundSummary, ThemeDemand } from './dto/round.types.js';
import { Round } from './round.entity.js';

interface GroupRow {
  status: NeedsStatementStatus;
  sector: Sector | null;
  theme_id: string | null;
  statements: string;
  requested: string | null;
}

const SECTOR_ORDER: readonly (string | null)[] = [...SECTORS, null];
const STATUS_ORDER = [NeedsStatementStatus.SUBMITTED, NeedsStatementStatus.WITHDRAWN];

/** A round's overview figures: its summary, its commitments' count, and its validation key. */
export interface RoundFigures {
  summary: RoundSummary;
  /** Earlier rounds' grants falling in this round's year (the commitments connection). */
  commitmentCount: number;
  problemsKey: RoundKey;
}

interface FiguresRow {
  id: string;
  county_id: string;
  year: number;
  plan_version_id: string;
  groups: Array<[NeedsStatementStatus, Sector | null, string | null, number, number | null]>;
  committed: string;
  commitments: string;
  fingerprint: string;
}

/** The figures' columns of `round r` (with FIGURES_JOIN), named as in FiguresRow. */
const FIGURES_COLUMNS = `coalesce((
    select json_agg(json_build_array(g.status, g.sector, g.theme_id, g.statements, g.requested))
      from (select status, sector, theme_id, count(*) as statements,
                   sum(requested_this_year) as requested
              from needs_statement where round_id = r.id and status <> 'DRAFT'
             group by status, sector, theme_id) g
  ), '[]') as groups,
  cm.amount as committed, cm.n as commitments,
  ${ROUND_PROBLEMS_FINGERPRINT_SQL} as fingerprint`;

const FIGURES_JOIN = `left join lateral (
    select count(*) as n, coalesce(sum(c.amount), 0) as amount
      from commitment c
     where c.county_id = r.county_id and c.year = r.year and c.granted_year < r.year
  ) cm on true`;

/**
 * The overview's figures of several rounds in one aggregate query, whatever their number and
 * size: statements and requests per status, sector and theme, what earlier rounds' grants bind in
 * each round's year (sum and count), and the fingerprint its validation results are kept under.
 * Sums are exact (SQL bigint, then whole kroner).
 */
export async function roundFigures(
  em: EntityManager,
  rounds: readonly Round[],
): Promise<Map<Round, RoundFigures>> {
  if (rounds.length === 0) return new Map();
  const ids = rounds.map((r) => r.id);
  const rows = await em.execute<FiguresRow[]>(
    `select r.id, r.county_id, r.year, r.plan_version_id, ${FIGURES_COLUMNS}
       from round r ${FIGURES_JOIN}
      where r.id in (?)`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const result = new Map<Round, RoundFigures>();
  for (const round of rounds) {
    const row = byId.get(round.id);
    if (row) result.set(round, await figuresOf(em, round, row));
  }
  return result;
}

/**
 * One round of the county with its overview's figures, in one statement (the overview asks for
 * both); null when the county has no such round. Raw SQL: the county is a condition here.
 */
export async function roundWithFigures(
  em: EntityManager,
  id: string,
  countyId: string,
): Promise<{ round: Round; figures: RoundFigures } | null> {
  const [row] = await em.execute<Record<string, unknown> & FiguresRow[]>(
    `select r.*, ${FIGURES_COLUMNS}
       from round r ${FIGURES_JOIN}
      where r.id = ? and r.county_id = ?`,
    [id, countyId],
  );
  if (!row) return null;
  const {
    groups: _groups,
    committed: _committed,
    commitments: _n,
    fingerprint: _f,
    ...columns
  } = row;
  const round = em.map(Round, columns);
  return { round, figures: await figuresOf(em, round, row) };
}

async function figuresOf(em: EntityManager, round: Round, row: FiguresRow): Promise<RoundFigures> {
  const plan = (await storedPlanVersion(em, round.planVersion.id)).resolved;
  const groups = row.groups.map(([status, sector, themeId, statements, requested]) => ({
    status,
    sector,
    theme_id: themeId,
    statements: String(statements),
    requested: requested === null ? null : String(requested),
  }));
  const problemsKey: RoundKey = {
    roundId: row.id,
    countyId: row.county_id,
    year: row.year,
    planVersionId: row.plan_version_id,
    frame: round.frame,
    fingerprint: row.fingerprint,
  };
  return {
    summary: { ...summaryOf(round, groups, Number(row.committed), plan.rules), problemsKey },
    commitmentCount: Number(row.commitments),
    problemsKey,
  };
}

function summaryOf(
  round: Round,
  rows: readonly GroupRow[],
  committedThisYear: number,
  rules: Parameters<typeof findTheme>[0],
): Omit<RoundSummary, 'problemsKey'> {
  const count = (list: readonly GroupRow[]) => list.reduce((n, r) => n + Number(r.statements), 0);
  const requested = (list: readonly GroupRow[]) =>
    list.reduce((sum, r) => sum + Number(r.requested ?? 0), 0);
  const submitted = rows.filter((r) => r.status === NeedsStatementStatus.SUBMITTED);

  const bySector = SECTORS.flatMap((sector) => {
    const inSector = submitted.filter((r) => r.sector === sector);
    return inSector.length === 0
      ? []
      : [
          {
            sector: sector as Sector,
            statements: count(inSector),
            requestedThisYear: requested(inSector),
          },
        ];
  });

  const themes = new Map<string, ThemeDemand>();
  for (const row of rows) {
    const key = `${row.sector ?? ''}|${row.theme_id ?? ''}`;
    const entry = themes.get(key) ?? themeDemand(row.sector, row.theme_id, rules);
    if (row.status === NeedsStatementStatus.WITHDRAWN) entry.withdrawn += Number(row.statements);
    else {
      entry.statements += Number(row.statements);
      entry.requestedThisYear += Number(row.requested ?? 0);
    }
    themes.set(key, entry);
  }
  const byTheme = [...themes.values()].sort(
    (a, b) =>
      SECTOR_ORDER.indexOf(a.sector) - SECTOR_ORDER.indexOf(b.sector) ||
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      (a.themeId ?? '').localeCompare(b.themeId ?? ''),
  );

  const byStatus = STATUS_ORDER.map((status) => {
    const list = rows.filter((r) => r.status === status);
    return { status, statements: count(list), requestedThisYear: requested(list) };
  });

  return {
    statements: count(submitted),
    withdrawn: count(rows.filter((r) => r.status === NeedsStatementStatus.WITHDRAWN)),
    requestedThisYear: requested(submitted),
    committedThisYear,
    freeThisYear: round.frame - committedThisYear,
    bySector,
    byTheme,
    byStatus,
  };
}

function themeDemand(
  sector: Sector | null,
  themeId: string | null,
  rules: Parameters<typeof findTheme>[0],
): ThemeDemand {
  const found = themeId ? findTheme(rules, themeId) : undefined;
  return {
    sector,
    themeId,
    title: found ? { nb: found.theme.title.nb, en: found.theme.title.en } : null,
    rank: found && found.sector === sector ? found.theme.rank : null,
    statements: 0,
    withdrawn: 0,
    requestedThisYear: 0,
  };
}
