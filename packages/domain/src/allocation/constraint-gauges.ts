import type { LocalizedText } from '../common/localized-text.js';
import { percentOf } from '../money/integer-math.js';
import { formatKroner, type Kroner } from '../money/kroner.js';
import { SECTOR_LABELS, type Sector } from '../plan/sector.js';
import type { AllocationResult, ConstraintReport } from './allocation.types.js';

export type ConstraintGaugeKind =
  | 'SECTOR_BAND'
  | 'LOCK_CAP'
  | 'LATER_YEAR'
  | 'COORDINATOR_CAP'
  | 'FUNDING_RATE'
  | 'INSTITUTION_SHARE';

export type FundingGroup = ConstraintReport['fundingRates'][number]['group'];

/**
 * One constraint of the plan as a gauge: what the scenario reached, the band or limit it is held
 * to, whether it is broken, and why, in words. Amounts are whole kroner.
 */
export interface ConstraintGauge {
  /** Stable id, e.g. `SECTOR:SCHOOL`, `LOCK:3:2027`, `LATER_YEAR:2028`, `COORDINATOR`, `FUNDING:PUBLIC`. */
  id: string;
  kind: ConstraintGaugeKind;
  label: LocalizedText;
  /** What the scenario reached: committed + granted (granted for a funding rate, the institutions' part for their share). */
  amount: Kroner;
  /** `amount` in percent: of the frame, or the funding rate, or the institutions' share. */
  percent: number;
  /** The lowest amount allowed (a sector band's lower bound); null when there is none. */
  lower: Kroner | null;
  /** The highest amount allowed (band upper bound, cap, assumed frame); null when there is none. */
  upper: Kroner | null;
  /** The plan's percentage behind the limit (a sector's target, a cap's percent); null when none. */
  limitPercent: number | null;
  broken: boolean;
  explanation: LocalizedText;
  notes: LocalizedText[];
  /** The plan clause behind the constraint. */
  clause: string | null;
  sector: Sector | null;
  year: number | null;
  durationYears: number | null;
  group: FundingGroup | null;
}

/** Requested this year and the number of statements per sector, for the sector gauges' words. */
export type SectorDemand = Partial<Record<Sector, { requested: Kroner; statements: number }>>;

const GROUP_LABELS: Record<FundingGroup, LocalizedText> = {
  PUBLIC: { nb: 'Kommunale eiere', en: 'Public owners' },
  PRIVATE: { nb: 'Private eiere', en: 'Private owners' },
  MIXED: {
    nb: 'Partnerskap med kommunale og private eiere',
    en: 'Partnerships of public and private owners',
  },
};

const nbPercent = (value: number) => `${String(value).replace('.', ',')} %`;
const enPercent = (value: number) => `${value} %`;
const kr = formatKroner;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Every constraint of a scenario's report as a gauge, in a stable order: sector bands, lock caps
 * (by duration, then year), later years' bound funds, the coordinator cap, public/private funding
 * rates, and the institutions' share. Nothing is recomputed but percentages of the frame.
 */
export function constraintGauges(
  report: ConstraintReport,
  frame: Kroner,
  demand: SectorDemand = {},
): ConstraintGauge[] {
  const gauges: ConstraintGauge[] = [];
  for (const s of report.sectors) {
    const label = {
      nb: capitalise(SECTOR_LABELS[s.sector].nb),
      en: capitalise(SECTOR_LABELS[s.sector].en),
    };
    const below = s.total < s.band.lower;
    const above = s.total > s.band.upper;
    const asked = demand[s.sector];
    const nbWhere = below
      ? `${kr(s.band.lower - s.total)} under nedre grense`
      : above
        ? `${kr(s.total - s.band.upper)} over øvre grense`
        : 'innenfor båndet';
    const enWhere = below
      ? `${kr(s.band.lower - s.total)} below the lower bound`
      : above
        ? `${kr(s.total - s.band.upper)} above the upper bound`
        : 'within the band';
    const nbAsked = asked
      ? ` Omsøkt i år: ${kr(asked.requested)} (${asked.statements} behovsmeldinger).`
      : '';
    const enAsked = asked
      ? ` Requested this year: ${kr(asked.requested)} (${asked.statements} statements).`
      : '';
    gauges.push({
      id: `SECTOR:${s.sector}`,
      kind: 'SECTOR_BAND',
      label,
      amount: s.total,
      percent: s.sharePercent,
      lower: s.band.lower,
      upper: s.band.upper,
      limitPercent: s.targetPercent,
      broken: !s.withinBand,
      explanation: {
        nb: `${label.nb}: ${kr(s.total)} (${nbPercent(s.sharePercent)} av rammen, herav ${kr(s.committed)} låst fra før), ${nbWhere} ${kr(s.band.lower)}–${kr(s.band.upper)} rundt målet på ${nbPercent(s.targetPercent)}.${nbAsked}`,
        en: `${label.en}: ${kr(s.total)} (${enPercent(s.sharePercent)} of the frame, of which ${kr(s.committed)} bound earlier), ${enWhere} ${kr(s.band.lower)}–${kr(s.band.upper)} around the target of ${enPercent(s.targetPercent)}.${enAsked}`,
      },
      notes: [...s.notes],
      clause: s.clause,
      sector: s.sector,
      year: null,
      durationYears: null,
      group: null,
    });
  }
  const locks = [...report.locks].sort(
    (a, b) => a.durationYears - b.durationYears || a.year - b.year,
  );
  for (const lock of locks) {
    const label = {
      nb: `${lock.durationYears}-årige prosjekter ${lock.year}`,
      en: `${lock.durationYears}-year projects ${lock.year}`,
    };
    const over = lock.total - lock.cap;
    gauges.push({
      id: `LOCK:${lock.durationYears}:${lock.year}`,
      kind: 'LOCK_CAP',
      label,
      amount: lock.total,
      percent: percentOf(lock.total, frame),
      lower: null,
      upper: lock.cap,
      limitPercent: lock.capPercent,
      broken: !lock.withinCap,
      explanation: {
        nb: `${label.nb}: ${kr(lock.total)} bundet (${kr(lock.committed)} fra før, ${kr(lock.grantedNew)} nå) mot taket på ${kr(lock.cap)} (${nbPercent(lock.capPercent)} av rammen)${over > 0 ? `, ${kr(over)} over taket` : ''}.`,
        en: `${label.en}: ${kr(lock.total)} bound (${kr(lock.committed)} earlier, ${kr(lock.grantedNew)} now) against the cap of ${kr(lock.cap)} (${enPercent(lock.capPercent)} of the frame)${over > 0 ? `, ${kr(over)} over the cap` : ''}.`,
      },
      notes: [],
      clause: lock.clause,
      sector: null,
      year: lock.year,
      durationYears: lock.durationYears,
      group: null,
    });
  }
  for (const later of [...report.laterYears].sort((a, b) => a.year - b.year)) {
    const over = later.total - later.assumedFrame;
    gauges.push({
      id: `LATER_YEAR:${later.year}`,
      kind: 'LATER_YEAR',
      label: { nb: `Bundet for ${later.year}`, en: `Bound for ${later.year}` },
      amount: later.total,
      percent: percentOf(later.total, later.assumedFrame),
      lower: null,
      upper: later.assumedFrame,
      limitPercent: null,
      broken: over > 0,
      explanation: {
        nb: `${later.year}: ${kr(later.total)} bundet (${kr(later.committed)} fra før, ${kr(later.grantedNew)} nå) mot en antatt ramme lik årets, ${kr(later.assumedFrame)}${over > 0 ? `, ${kr(over)} for mye` : ''}. Senere år gis med forbehold om Stortingets bevilgning.`,
        en: `${later.year}: ${kr(later.total)} bound (${kr(later.committed)} earlier, ${kr(later.grantedNew)} now) against an assumed frame equal to this year's, ${kr(later.assumedFrame)}${over > 0 ? `, ${kr(over)} too much` : ''}. Later years are promised subject to the state's appropriation.`,
      },
      notes: [],
      clause: null,
      sector: null,
      year: later.year,
      durationYears: null,
      group: null,
    });
  }
  const c = report.coordinator;
  const coordinatorOver = c.total - c.cap;
  gauges.push({
    id: 'COORDINATOR',
    kind: 'COORDINATOR_CAP',
    label: { nb: 'Koordinatormidler', en: 'Coordinator funds' },
    amount: c.total,
    percent: percentOf(c.total, frame),
    lower: null,
    upper: c.cap,
    limitPercent: c.capPercent,
    broken: !c.withinCap,
    explanation: {
      nb: `Koordinatormidler: ${kr(c.total)} (${kr(c.committed)} fra før, ${kr(c.grantedNew)} nå) mot taket på ${kr(c.cap)} (${nbPercent(c.capPercent)} av rammen)${coordinatorOver > 0 ? `, ${kr(coordinatorOver)} over taket` : ''}.`,
      en: `Coordinator funds: ${kr(c.total)} (${kr(c.committed)} earlier, ${kr(c.grantedNew)} now) against the cap of ${kr(c.cap)} (${enPercent(c.capPercent)} of the frame)${coordinatorOver > 0 ? `, ${kr(coordinatorOver)} over the cap` : ''}.`,
    },
    notes: c.capIsAssumption
      ? [
          {
            nb: `Planen oppgir ikke noe tak; ${nbPercent(c.capPercent)} er en antakelse.`,
            en: `The plan names no cap; ${enPercent(c.capPercent)} is an assumption.`,
          },
        ]
      : [],
    clause: c.clause,
    sector: null,
    year: null,
    durationYears: null,
    group: null,
  });
  for (const rate of report.fundingRates) {
    const label = GROUP_LABELS[rate.group];
    gauges.push({
      id: `FUNDING:${rate.group}`,
      kind: 'FUNDING_RATE',
      label,
      amount: rate.granted,
      percent: rate.ratePercent,
      lower: null,
      upper: null,
      limitPercent: null,
      broken: false,
      explanation: {
        nb: `${label.nb}: ${nbPercent(rate.ratePercent)} av omsøkt innvilget (${kr(rate.granted)} av ${kr(rate.requested)}, ${rate.statements} behovsmeldinger).`,
        en: `${label.en}: ${enPercent(rate.ratePercent)} of the request granted (${kr(rate.granted)} of ${kr(rate.requested)}, ${rate.statements} statements).`,
      },
      notes: [],
      clause: null,
      sector: null,
      year: null,
      durationYears: null,
      group: rate.group,
    });
  }
  const share = report.institutionShare;
  const previousNb = share.previous
    ? ` I ${share.previous.year} var andelen ${nbPercent(share.previous.institutionSharePercent)}.`
    : '';
  const previousEn = share.previous
    ? ` In ${share.previous.year} the share was ${enPercent(share.previous.institutionSharePercent)}.`
    : '';
  gauges.push({
    id: 'INSTITUTION_SHARE',
    kind: 'INSTITUTION_SHARE',
    label: { nb: 'UH-andel', en: 'Institutions’ share' },
    amount: share.institution,
    percent: share.institutionSharePercent,
    lower: null,
    upper: null,
    limitPercent: null,
    broken: share.falling || share.belowMinimum,
    explanation: {
      nb: `UH-andel i år: ${nbPercent(share.institutionSharePercent)} (${kr(share.institution)} til UH, ${kr(share.owner)} til eierne).${previousNb}`,
      en: `Institutions' share this year: ${enPercent(share.institutionSharePercent)} (${kr(share.institution)} to institutions, ${kr(share.owner)} to owners).${previousEn}`,
    },
    notes: [...share.warnings],
    clause: share.clause,
    sector: null,
    year: null,
    durationYears: null,
    group: null,
  });
  return gauges;
}

/** How a scenario's method ran, in words: the source of the solution and the solver's outcome. */
export function methodExplanation(method: AllocationResult['method']): LocalizedText {
  const solver = method.solver;
  const gapNb = solver ? nbPercent(Math.round(solver.provenGap * 1e6) / 1e4) : '';
  const gapEn = solver ? enPercent(Math.round(solver.provenGap * 1e6) / 1e4) : '';
  switch (method.source) {
    case 'RANKED':
      return {
        nb: 'Rangert fordeling: behovsmeldingene er fordelt i prioritert rekkefølge.',
        en: 'Ranked allocation: the statements were funded in priority order.',
      };
    case 'OPTIMAL':
      return {
        nb: `Optimal fordeling (HiGHS): løseren endte med status ${solver?.status ?? 'ukjent'}, avstand til beste mulige løsning ${gapNb}${solver?.timeLimitReached ? `, tidsgrensen på ${solver.timeLimitSeconds} s ble nådd` : ''}.`,
        en: `Optimal allocation (HiGHS): the solver ended with status ${solver?.status ?? 'unknown'}, gap to the best possible solution ${gapEn}${solver?.timeLimitReached ? `, the time limit of ${solver.timeLimitSeconds} s was reached` : ''}.`,
      };
    case 'RANKED_FALLBACK':
      return {
        nb: `Løseren fant ingen bedre fordeling enn den rangerte${solver ? ` (status ${solver.status}${solver.timeLimitReached ? `, tidsgrensen på ${solver.timeLimitSeconds} s ble nådd` : ''})` : ''}; den rangerte fordelingen brukes.`,
        en: `The solver found no better allocation than the ranked one${solver ? ` (status ${solver.status}${solver.timeLimitReached ? `, the time limit of ${solver.timeLimitSeconds} s was reached` : ''})` : ''}; the ranked allocation is used.`,
      };
  }
}
