import type { ConstraintReport, LocalizedText } from '@kompetansemidler/domain';
import { formatKroner, formatPercent } from '../../i18n/format.js';

/** One constraint as a gauge: what the API reported, ready to draw. Amounts in kroner. */
export interface Gauge {
  id: string;
  group: 'sector' | 'lock' | 'coordinator' | 'funding' | 'institution';
  label: string;
  value: number;
  lower: number | null;
  upper: number | null;
  /** The right end of the bar. */
  scaleMax: number;
  broken: boolean;
  text: string;
  note: string | null;
}

/**
 * The API sends the report as JSON (the domain's ConstraintReport): typed by the domain's own
 * type, and checked for its shape before use.
 */
export function asConstraintReport(json: unknown): ConstraintReport | null {
  if (!json || typeof json !== 'object') return null;
  const candidate = json as Partial<ConstraintReport>;
  return Array.isArray(candidate.sectors) && Array.isArray(candidate.locks)
    ? (candidate as ConstraintReport)
    : null;
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

const notes = (list: readonly LocalizedText[] | undefined) =>
  list && list.length > 0 ? list.map((n) => n.nb).join(' ') : null;

/**
 * The plan's constraints from a scenario's constraint report (the domain's ConstraintReport, as
 * the API returns it): sector bands, 2- and 3-year locks, the coordinator cap, public and private
 * funding rates, and the university share. Nothing is computed here but bar geometry.
 */
export function constraintGauges(
  report: ConstraintReport | null | undefined,
  t: Translate,
): Gauge[] {
  if (!report) return [];
  const gauges: Gauge[] = [];
  for (const s of report.sectors ?? []) {
    gauges.push({
      id: `sector-${s.sector}`,
      group: 'sector',
      label: t(`sectors.${s.sector}`),
      value: s.total,
      lower: s.band.lower,
      upper: s.band.upper,
      scaleMax: Math.max(s.band.upper * 1.25, s.total, 1),
      broken: !s.withinBand,
      text: t('gauges.sectorText', {
        share: formatPercent(s.sharePercent),
        amount: formatKroner(s.total),
        lower: formatKroner(s.band.lower),
        upper: formatKroner(s.band.upper),
        target: formatPercent(s.targetPercent),
      }),
      note: notes(s.notes),
    });
  }
  for (const lock of report.locks ?? []) {
    gauges.push({
      id: `lock-${lock.durationYears}-${lock.year}`,
      group: 'lock',
      label: t('gauges.lockLabel', { years: lock.durationYears, year: lock.year }),
      value: lock.total,
      lower: null,
      upper: lock.cap,
      scaleMax: Math.max(lock.cap * 1.25, lock.total, 1),
      broken: !lock.withinCap,
      text: t('gauges.capText', {
        amount: formatKroner(lock.total),
        cap: formatKroner(lock.cap),
        percent: formatPercent(lock.capPercent),
      }),
      note: null,
    });
  }
  const c = report.coordinator;
  if (c) {
    gauges.push({
      id: 'coordinator',
      group: 'coordinator',
      label: t('gauges.coordinator'),
      value: c.total,
      lower: null,
      upper: c.cap,
      scaleMax: Math.max(c.cap * 1.25, c.total, 1),
      broken: !c.withinCap,
      text: t('gauges.capText', {
        amount: formatKroner(c.total),
        cap: formatKroner(c.cap),
        percent: formatPercent(c.capPercent),
      }),
      note: c.capIsAssumption ? t('gauges.assumption') : null,
    });
  }
  for (const rate of report.fundingRates ?? []) {
    gauges.push({
      id: `funding-${rate.group}`,
      group: 'funding',
      label: t(`gauges.fundingRate.${rate.group}`),
      value: rate.ratePercent,
      lower: null,
      upper: null,
      scaleMax: 100,
      broken: false,
      text: t('gauges.fundingText', {
        rate: formatPercent(rate.ratePercent),
        granted: formatKroner(rate.granted),
        requested: formatKroner(rate.requested),
        count: rate.statements,
      }),
      note: null,
    });
  }
  const share = report.institutionShare;
  if (share) {
    gauges.push({
      id: 'institution-share',
      group: 'institution',
      label: t('gauges.institutionShare'),
      value: share.institutionSharePercent,
      lower: null,
      upper: null,
      scaleMax: 100,
      broken: share.falling || share.belowMinimum,
      text: t('gauges.institutionText', {
        share: formatPercent(share.institutionSharePercent),
        institution: formatKroner(share.institution),
        owner: formatKroner(share.owner),
        previous: share.previous
          ? t('gauges.previousShare', {
              year: share.previous.year,
              share: formatPercent(share.previous.institutionSharePercent),
            })
          : '',
      }),
      note: notes(share.warnings),
    });
  }
  return gauges;
}
