import type { LocalizedText } from '../common/localized-text.js';
import { percentOf } from '../money/integer-math.js';
import type { InstitutionSplitRule } from '../plan/plan.schema.js';
import { percentEn, percentNb } from '../common/percent.js';

/** One decision's grant and (when reported) spending for one year. */
export interface InstitutionShareInput {
  year: number;
  grantedOwner: number;
  grantedInstitution: number;
  /** Present when a report for the year is in (submitted or accepted). */
  reported: { spentOwner: number; spentInstitution: number } | null;
}

export interface InstitutionShareYear {
  year: number;
  grantedTotal: number;
  grantedInstitution: number;
  /** The institutions' share of the grants, in percent with two decimals. */
  grantedInstitutionPercent: number;
  /** Grants of the years with a report in, so spending compares like with like. */
  reportedGranted: number;
  reportedSpentTotal: number;
  reportedSpentInstitution: number;
  /** The institutions' share of reported spending, in percent (null without reports). */
  reportedInstitutionPercent: number | null;
  reports: number;
  grants: number;
  /** The granted share fell from the year before (the plan: it must be secured over time). */
  falling: boolean;
  /** The granted share is under the plan's floor, where it sets one. */
  belowFloor: boolean;
  warnings: LocalizedText[];
}

/**
 * The university/college share over the years (plan: no fixed percentage, but the share must be
 * secured over time): per year, what went to institutions against the total, granted and as
 * reported spent, with a warning where the granted share falls from the previous year shown.
 */
export function institutionShareByYear(
  rows: readonly InstitutionShareInput[],
  rule: Pick<InstitutionSplitRule, 'warnWhenShareFalls' | 'minInstitutionSharePercent'> = {
    warnWhenShareFalls: true,
  },
): InstitutionShareYear[] {
  const byYear = new Map<number, InstitutionShareYear>();
  for (const row of rows) {
    let y = byYear.get(row.year);
    if (!y) {
      y = {
        year: row.year,
        grantedTotal: 0,
        grantedInstitution: 0,
        grantedInstitutionPercent: 0,
        reportedGranted: 0,
        reportedSpentTotal: 0,
        reportedSpentInstitution: 0,
        reportedInstitutionPercent: null,
        reports: 0,
        grants: 0,
        falling: false,
        belowFloor: false,
        warnings: [],
      };
      byYear.set(row.year, y);
    }
    y.grants += 1;
    y.grantedTotal += row.grantedOwner + row.grantedInstitution;
    y.grantedInstitution += row.grantedInstitution;
    if (row.reported) {
      y.reports += 1;
      y.reportedGranted += row.grantedOwner + row.grantedInstitution;
      y.reportedSpentTotal += row.reported.spentOwner + row.reported.spentInstitution;
      y.reportedSpentInstitution += row.reported.spentInstitution;
    }
  }
  const years = [...byYear.values()].sort((a, b) => a.year - b.year);
  let previous: InstitutionShareYear | null = null;
  for (const y of years) {
    y.grantedInstitutionPercent = percentOf(y.grantedInstitution, y.grantedTotal);
    y.reportedInstitutionPercent =
      y.reports > 0 ? percentOf(y.reportedSpentInstitution, y.reportedSpentTotal) : null;
    const floor = rule.minInstitutionSharePercent;
    if (floor !== undefined && y.grantedTotal > 0 && y.grantedInstitutionPercent < floor) {
      y.belowFloor = true;
      y.warnings.push({
        nb: `Kompetansemiljøenes andel av tilskuddene ${y.year} (${y.grantedInstitutionPercent} %) er under planens nedre grense på ${floor} %.`,
        en: `The institutions' share of the ${y.year} grants (${y.grantedInstitutionPercent} %) is below the plan's floor of ${floor} %.`,
      });
    }
    if (
      previous &&
      y.grantedTotal > 0 &&
      y.grantedInstitutionPercent < previous.grantedInstitutionPercent
    ) {
      y.falling = true;
      if (rule.warnWhenShareFalls)
        y.warnings.push({
          nb: `Kompetansemiljøenes andel av tilskuddene faller fra ${percentNb(previous.grantedInstitutionPercent)} (${previous.year}) til ${percentNb(y.grantedInstitutionPercent)} (${y.year}); andelen skal sikres over tid.`,
          en: `The institutions' share of the grants falls from ${percentEn(previous.grantedInstitutionPercent)} (${previous.year}) to ${percentEn(y.grantedInstitutionPercent)} (${y.year}); it must be secured over time.`,
        });
    }
    if (y.grantedTotal > 0) previous = y;
  }
  return years;
}
