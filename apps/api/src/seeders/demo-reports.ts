import type { EntityManager, RequiredEntityData } from '@mikro-orm/core';
import { createPrng } from '@kompetansemidler/domain';
import { randomUUID } from 'node:crypto';
import type { County } from '../modules/county/county.entity.js';
import type { Decision } from '../modules/decision/decision.entity.js';
import { AccountsLine } from '../modules/reporting/accounts-line.entity.js';
import { AnnualReport, AnnualReportStatus } from '../modules/reporting/annual-report.entity.js';
import { buildDemoReport } from '../modules/reporting/demo-report.js';
import { RoundStatus } from '../modules/round/round-status.js';
import type { Round } from '../modules/round/round.entity.js';

/** Of a grant year's expected reports: the share that is in, and of those, accepted and returned. */
export interface DemoReportShares {
  submitted: number;
  accepted: number;
  returned?: number;
}

export interface DemoReportsOptions {
  county: County;
  seed: number;
  /** The county's rounds by year: a grant year's report is due when that year's round reports. */
  rounds: ReadonlyMap<number, Round>;
  /** Decided (flushed) decisions with their needs statements loaded. */
  decisions: readonly Decision[];
  shares: Readonly<Record<number, DemoReportShares>>;
}

const REVIEWER = 'demo-seeder';

/**
 * DEMO DATA: annual reports for the grant years whose county round is in REPORTING, valid per the
 * domain's reporting rules (the reporting module's demo builder), inserted in bulk. Some are left
 * out, some returned and some accepted, as the shares say; the rest await review.
 */
export async function seedDemoReports(
  em: EntityManager,
  options: DemoReportsOptions,
): Promise<{ reports: number; lines: number }> {
  const prng = createPrng(options.seed * 977 + 13);
  const reports: RequiredEntityData<AnnualReport>[] = [];
  const lines: RequiredEntityData<AccountsLine>[] = [];
  for (const decision of options.decisions) {
    for (const year of decision.grantedPerYear) {
      if (year.amount <= 0) continue;
      const shares = options.shares[year.year];
      if (!shares || options.rounds.get(year.year)?.status !== RoundStatus.REPORTING) continue;
      if (!prng.chance(shares.submitted)) continue;
      const statement = decision.needsStatement.getEntity();
      const demo = buildDemoReport(
        decision.grantedPerYear,
        statement,
        year.year,
        prng.int(1, 2_000_000_000),
      );
      if (!demo) continue;
      const { lines: demoLines, ...fields } = demo;
      const roll = prng.next();
      const status =
        roll < shares.accepted
          ? AnnualReportStatus.ACCEPTED
          : roll < shares.accepted + (shares.returned ?? 0)
            ? AnnualReportStatus.RETURNED
            : AnnualReportStatus.SUBMITTED;
      const submittedAt = new Date(Date.UTC(year.year + 1, 0, 10 + prng.int(0, 40)));
      const reviewed = status !== AnnualReportStatus.SUBMITTED;
      const id = randomUUID();
      reports.push({
        ...fields,
        id,
        county: options.county.id,
        decision: decision.id,
        needsStatement: statement.id,
        partnership: decision.partnership.id,
        round: decision.round.id,
        status,
        submittedAt,
        reviewComment:
          status === AnnualReportStatus.RETURNED
            ? 'Demo: regnskapet mangler fordeling per kostnadslinje for institusjonen.'
            : null,
        reviewedBy: reviewed ? REVIEWER : null,
        reviewedAt: reviewed ? new Date(submittedAt.getTime() + 14 * 86_400_000) : null,
      });
      for (const line of demoLines) {
        lines.push({ ...line, id: randomUUID(), county: options.county.id, annualReport: id });
      }
    }
  }
  if (reports.length > 0) await em.insertMany(AnnualReport, reports);
  if (lines.length > 0) await em.insertMany(AccountsLine, lines);
  return { reports: reports.length, lines: lines.length };
}
