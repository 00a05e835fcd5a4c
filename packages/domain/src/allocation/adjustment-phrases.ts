import type { LocalizedText } from '../common/localized-text.js';
import { formatKroner as kr, type Kroner } from '../money/kroner.js';
import { SECTOR_LABELS } from '../plan/sector.js';
import type { BreachKind, ConstraintBreach, FrameExcess } from './adjusted-result.js';
import type { PreparedRow } from './prepared-round.js';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `a`, `a og b`, `a, b og c`. */
function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** The text as a whole sentence: ends with a full stop unless it ends with one already. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "øvre grense for skole", "taket for 2-årige prosjekter i 2027": for use inside a sentence. */
export function breachLabel(row: PreparedRow, kind: BreachKind): LocalizedText {
  const sector = row.sector ? SECTOR_LABELS[row.sector] : { nb: 'sektoren', en: 'the sector' };
  switch (kind) {
    case 'SECTOR_UPPER':
      return { nb: `øvre grense for ${sector.nb}`, en: `the upper bound for ${sector.en}` };
    case 'SECTOR_LOWER':
      return { nb: `nedre grense for ${sector.nb}`, en: `the lower bound for ${sector.en}` };
    case 'LOCK_CAP':
      return {
        nb: `taket for ${row.durationYears}-årige prosjekter i ${row.year}`,
        en: `the cap on ${row.durationYears}-year projects in ${row.year}`,
      };
    case 'COORDINATOR_CAP':
      return { nb: 'taket for koordinatormidler', en: 'the cap on coordinator funds' };
  }
}

/** "Skole: 11 200 000 kr, 300 000 kr over øvre grense på 10 900 000 kr." */
export function breachDescription(
  row: PreparedRow,
  kind: BreachKind,
  total: Kroner,
  limit: Kroner,
  excess: Kroner,
): LocalizedText {
  const sector = row.sector ? SECTOR_LABELS[row.sector] : { nb: 'sektoren', en: 'the sector' };
  switch (kind) {
    case 'SECTOR_UPPER':
      return {
        nb: `${capitalise(sector.nb)}: ${kr(total)}, ${kr(excess)} over øvre grense på ${kr(limit)}.`,
        en: `${capitalise(sector.en)}: ${kr(total)}, ${kr(excess)} above the upper bound of ${kr(limit)}.`,
      };
    case 'SECTOR_LOWER':
      return {
        nb: `${capitalise(sector.nb)}: ${kr(total)}, ${kr(excess)} under nedre grense på ${kr(limit)}.`,
        en: `${capitalise(sector.en)}: ${kr(total)}, ${kr(excess)} below the lower bound of ${kr(limit)}.`,
      };
    case 'LOCK_CAP':
      return {
        nb: `${row.durationYears}-årige prosjekter ${row.year}: ${kr(total)} bundet, ${kr(excess)} over taket på ${kr(limit)}.`,
        en: `${row.durationYears}-year projects ${row.year}: ${kr(total)} bound, ${kr(excess)} over the cap of ${kr(limit)}.`,
      };
    case 'COORDINATOR_CAP':
      return {
        nb: `Koordinatormidler: ${kr(total)}, ${kr(excess)} over taket på ${kr(limit)}.`,
        en: `Coordinator funds: ${kr(total)}, ${kr(excess)} over the cap of ${kr(limit)}.`,
      };
  }
}

/** Why a change is refused: a year past its frame, and the most the statement can get. */
export function frameProblemText(past: FrameExcess, maxWithinFrame: Kroner | null): LocalizedText {
  const assumedNb = past.assumed ? ' (antatt lik årets ramme)' : '';
  const assumedEn = past.assumed ? " (assumed equal to this year's)" : '';
  const maxNb =
    maxWithinFrame === null
      ? ''
      : ` Behovsmeldingen kan få høyst ${kr(maxWithinFrame)} i år uten å gå forbi rammen.`;
  const maxEn =
    maxWithinFrame === null
      ? ''
      : ` The statement can get at most ${kr(maxWithinFrame)} this year within the frame.`;
  return {
    nb: `Ingen tildeling kan gå forbi rammen: ${past.year} ville fått ${kr(past.total)}, ${kr(past.excess)} over rammen på ${kr(past.frame)}${assumedNb}.${maxNb}`,
    en: `No grant may pass the frame: ${past.year} would reach ${kr(past.total)}, ${kr(past.excess)} over its frame of ${kr(past.frame)}${assumedEn}.${maxEn}`,
  };
}

/** Why a change needs an override: what it breaks, in figures. */
export function overrideRequiredText(breaches: readonly ConstraintBreach[]): LocalizedText {
  return {
    nb: `Endringen bryter ${joinList(
      breaches.map((b) => b.label.nb),
      'og',
    )}. ${breaches.map((b) => b.description.nb).join(' ')} Overstyr grensen med en begrunnelse for å lagre endringen.`,
    en: `The change breaks ${joinList(
      breaches.map((b) => b.label.en),
      'and',
    )}. ${breaches.map((b) => b.description.en).join(' ')} Override the limit with a reason to save the change.`,
  };
}

/** The adjustment in words, for the statement's explanation and the decision's reasons. */
export function adjustmentExplanation(facts: {
  year: number;
  from: Kroner;
  to: Kroner;
  reason: string;
  breaks: readonly ConstraintBreach[];
  overrideReason: string | null;
}): LocalizedText {
  let nb = `Statsforvalteren har justert tildelingen for ${facts.year} fra ${kr(facts.from)} til ${kr(facts.to)}. Begrunnelse: ${sentence(facts.reason)}`;
  let en = `The office adjusted the grant for ${facts.year} from ${kr(facts.from)} to ${kr(facts.to)}. Reason: ${sentence(facts.reason)}`;
  if (facts.breaks.length > 0) {
    nb += ` Justeringen bryter ${joinList(
      facts.breaks.map((b) => b.label.nb),
      'og',
    )}: ${facts.breaks.map((b) => b.description.nb).join(' ')}`;
    en += ` The adjustment breaks ${joinList(
      facts.breaks.map((b) => b.label.en),
      'and',
    )}: ${facts.breaks.map((b) => b.description.en).join(' ')}`;
    const reasons = facts.overrideReason
      ? [facts.overrideReason]
      : [...new Set(facts.breaks.flatMap((b) => b.overrides.map((o) => o.reason)))];
    if (reasons.length > 0) {
      nb += ` Statsforvalteren har overstyrt grensen med denne begrunnelsen: ${reasons.map(sentence).join(' ')}`;
      en += ` The office overrode the limit for this reason: ${reasons.map(sentence).join(' ')}`;
    } else {
      nb += ' Grensen er ikke overstyrt.';
      en += ' The limit has not been overridden.';
    }
  }
  return { nb, en };
}
