import type { LocalizedText } from '../common/localized-text.js';
import { percentOf } from '../money/integer-math.js';
import { formatKroner, type Kroner } from '../money/kroner.js';
import type { Assumption, AssumptionId } from '../plan/plan.schema.js';
import { SECTOR_LABELS, type Sector } from '../plan/sector.js';
import type { AllocationResult, ConstraintReport } from './allocation.types.js';

export type ConstraintGaugeKind =
  | 'SECTOR_BAND'
  | 'LOCK_CAP'
  | 'LATER_YEAR'
  | 'COORDINATOR_CAP'
  | 'FUNDING_RATE'
  | 'INSTITUTION_SHARE'
  | 'ONE_YEAR_SHARE';

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
  /** Breaks a rule of the plan ("Brutt"). Never set for an assumption or an information gauge. */
  broken: boolean;
  /**
   * Something to look at that the plan does not forbid: an assumption exceeded (a coordinator cap
   * the plan does not give, a later year's assumed frame), a fall in the institutions' share.
   */
  warning: boolean;
  /** For information only (the plan's "about 50 % one year at a time"): never broken or warned. */
  informational: boolean;
  explanation: LocalizedText;
  notes: LocalizedText[];
  /** The assumptions behind the gauge's limit, each as "Antakelse: …" (empty when none). */
  assumptions: LocalizedText[];
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
  assumptions: readonly Assumption[] = [],
): ConstraintGauge[] {
  const gauges: ConstraintGauge[] = [];
  const assumed = (...ids: AssumptionId[]): LocalizedText[] =>
    assumptions
      .filter((a) => ids.includes(a.id))
      .map((a) => ({ nb: `Antakelse: ${a.text.nb}`, en: `Assumption: ${a.text.en}` }));
  for (const s of report.sectors) {
    const label = {
      nb: capitalise(SECTOR_LABELS[s.sector].nb),
      en: capitalise(SECTOR_LABELS[s.sector].en),
    };
    // Judged against the effective band: where a sector asks less than its band, the rest flows
    // to the others (rule 1), and their bands move with it (stored reports before it: nominal).
    const band = s.effectiveBand ?? s.band;
    const moved = band.lower !== s.band.lower || band.upper !== s.band.upper;
    const below = s.total < band.lower;
    const above = s.total > band.upper;
    const asked = demand[s.sector];
    const nbWhere = below
      ? `${kr(band.lower - s.total)} under nedre grense i`
      : above
        ? `${kr(s.total - band.upper)} over øvre grense i`
        : 'innenfor';
    const enWhere = below
      ? `${kr(band.lower - s.total)} below the lower bound of`
      : above
        ? `${kr(s.total - band.upper)} above the upper bound of`
        : 'within';
    const nbBand = moved
      ? `den justerte grensen ${kr(band.lower)}–${kr(band.upper)} (planens bånd er ${kr(s.band.lower)}–${kr(s.band.upper)} rundt målet på ${nbPercent(s.targetPercent)})`
      : `båndet ${kr(band.lower)}–${kr(band.upper)} rundt målet på ${nbPercent(s.targetPercent)}`;
    const enBand = moved
      ? `the adjusted band ${kr(band.lower)}–${kr(band.upper)} (the plan's band is ${kr(s.band.lower)}–${kr(s.band.upper)} around the target of ${enPercent(s.targetPercent)})`
      : `the band ${kr(band.lower)}–${kr(band.upper)} around the target of ${enPercent(s.targetPercent)}`;
    const nbAsked = asked
      ? ` Søkt i år: ${kr(asked.requested)} (${asked.statements} behovsmeldinger).`
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
      lower: band.lower,
      upper: band.upper,
      limitPercent: s.targetPercent,
      broken: below || above,
      warning: false,
      informational: false,
      explanation: {
        nb: `${label.nb}: ${kr(s.total)} (${nbPercent(s.sharePercent)} av rammen, herav ${kr(s.committed)} låst fra før), ${nbWhere} ${nbBand}.${nbAsked}`,
        en: `${label.en}: ${kr(s.total)} (${enPercent(s.sharePercent)} of the frame, of which ${kr(s.committed)} bound earlier), ${enWhere} ${enBand}.${enAsked}`,
      },
      notes: [...s.notes],
      assumptions: assumed('sector-tolerance'),
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
      warning: false,
      informational: false,
      explanation: {
        nb: `${label.nb}: ${kr(lock.total)} bundet (${kr(lock.committed)} fra før, ${kr(lock.grantedNew)} nå) mot taket på ${kr(lock.cap)} (${nbPercent(lock.capPercent)} av rammen)${over > 0 ? `, ${kr(over)} over taket` : ''}.`,
        en: `${label.en}: ${kr(lock.total)} bound (${kr(lock.committed)} earlier, ${kr(lock.grantedNew)} now) against the cap of ${kr(lock.cap)} (${enPercent(lock.capPercent)} of the frame)${over > 0 ? `, ${kr(over)} over the cap` : ''}.`,
      },
      notes: [],
      assumptions: [],
      clause: lock.clause,
      sector: null,
      year: lock.year,
      durationYears: lock.durationYears,
      group: null,
    });
  }
  for (const later of [...report.laterYears].sort((a, b) => a.year - b.year)) {
    const over = later.total - later.assumedFrame;
    const past = later.pastPlanPeriod === true;
    gauges.push({
      id: `LATER_YEAR:${later.year}`,
      kind: 'LATER_YEAR',
      label: { nb: `Bundet for ${later.year}`, en: `Bound for ${later.year}` },
      amount: later.total,
      percent: percentOf(later.total, later.assumedFrame),
      lower: null,
      upper: later.assumedFrame,
      limitPercent: null,
      // The later frame is assumed (equal to this year's): going past it is a warning.
      broken: false,
      warning: over > 0,
      informational: false,
      explanation: {
        nb: `${later.year}: ${kr(later.total)} bundet (${kr(later.committed)} fra før, ${kr(later.grantedNew)} nå) mot en antatt ramme lik årets, ${kr(later.assumedFrame)}${over > 0 ? `, ${kr(over)} mer enn den antatte rammen` : ''}. Senere år gis med forbehold om videre statlig bevilgning.${past ? ` ${later.year} er etter planperioden.` : ''}`,
        en: `${later.year}: ${kr(later.total)} bound (${kr(later.committed)} earlier, ${kr(later.grantedNew)} now) against an assumed frame equal to this year's, ${kr(later.assumedFrame)}${over > 0 ? `, ${kr(over)} more than the assumed frame` : ''}. Later years are promised subject to the state's appropriation.${past ? ` ${later.year} is after the plan period.` : ''}`,
      },
      notes: [],
      assumptions: assumed('future-frame', ...(past ? (['grants-past-plan-period'] as const) : [])),
      clause: later.clause ?? null,
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
    // The plan names no cap: exceeding the assumed one is a warning, not a breach of the plan.
    broken: !c.capIsAssumption && !c.withinCap,
    warning: c.capIsAssumption && !c.withinCap,
    informational: false,
    explanation: {
      nb: `Koordinatormidler: ${kr(c.total)} (${kr(c.committed)} fra før, ${kr(c.grantedNew)} nå) mot taket på ${kr(c.cap)} (${nbPercent(c.capPercent)} av rammen)${coordinatorOver > 0 ? `, ${kr(coordinatorOver)} over taket` : ''}.`,
      en: `Coordinator funds: ${kr(c.total)} (${kr(c.committed)} earlier, ${kr(c.grantedNew)} now) against the cap of ${kr(c.cap)} (${enPercent(c.capPercent)} of the frame)${coordinatorOver > 0 ? `, ${kr(coordinatorOver)} over the cap` : ''}.`,
    },
    notes: [],
    assumptions: c.capIsAssumption
      ? assumed('coordinator-cap').length > 0
        ? assumed('coordinator-cap')
        : [
            {
              nb: `Antakelse: Planen oppgir ikke noe tak; ${nbPercent(c.capPercent)} er en antakelse.`,
              en: `Assumption: The plan names no cap; ${enPercent(c.capPercent)} is an assumption.`,
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
      warning: false,
      informational: true,
      explanation: {
        nb: `${label.nb}: ${nbPercent(rate.ratePercent)} av omsøkt innvilget (${kr(rate.granted)} av ${kr(rate.requested)}, ${rate.statements} behovsmeldinger).`,
        en: `${label.en}: ${enPercent(rate.ratePercent)} of the request granted (${kr(rate.granted)} of ${kr(rate.requested)}, ${rate.statements} statements).`,
      },
      notes: [],
      assumptions: [],
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
    label: { nb: 'Kompetansemiljøenes andel', en: 'Institutions’ share' },
    amount: share.institution,
    percent: share.institutionSharePercent,
    lower: null,
    upper: null,
    limitPercent: null,
    // The plan asks that the institutions' funding be secured over time: a yearly dip is a warning.
    broken: false,
    warning: share.falling || share.belowMinimum,
    informational: false,
    explanation: {
      nb: `Kompetansemiljøenes andel i år: ${nbPercent(share.institutionSharePercent)} (${kr(share.institution)} til kompetansemiljøene, ${kr(share.owner)} til eierne).${previousNb}`,
      en: `Institutions' share this year: ${enPercent(share.institutionSharePercent)} (${kr(share.institution)} to institutions, ${kr(share.owner)} to owners).${previousEn}`,
    },
    notes: [...share.warnings],
    assumptions: [],
    clause: share.clause,
    sector: null,
    year: null,
    durationYears: null,
    group: null,
  });
  const oneYear = report.oneYear;
  if (oneYear) {
    gauges.push({
      id: 'ONE_YEAR_SHARE',
      kind: 'ONE_YEAR_SHARE',
      label: { nb: 'Tildelt for ett år av gangen', en: 'Granted one year at a time' },
      amount: oneYear.amount,
      percent: oneYear.sharePercent,
      lower: null,
      upper: null,
      limitPercent: oneYear.targetPercent,
      broken: false,
      warning: false,
      informational: true,
      explanation: {
        nb: `Ettårige behovsmeldinger har fått ${kr(oneYear.amount)} i år, ${nbPercent(oneYear.sharePercent)} av rammen. Planen sier at tilnærmet ${nbPercent(oneYear.targetPercent)} av midlene tildeles for ett år av gangen; tallet er til informasjon.`,
        en: `One-year statements got ${kr(oneYear.amount)} this year, ${enPercent(oneYear.sharePercent)} of the frame. The plan says about ${enPercent(oneYear.targetPercent)} of the funds are granted one year at a time; the figure is for information.`,
      },
      notes: [],
      assumptions: [],
      clause: oneYear.clause,
      sector: null,
      year: null,
      durationYears: 1,
      group: null,
    });
  }
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
