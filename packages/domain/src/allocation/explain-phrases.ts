import type { LocalizedText } from '../common/localized-text.js';
import { formatKroner, groupDigits } from '../money/kroner.js';
import { SECTOR_LABELS, type Sector } from '../plan/sector.js';
import type { BindingConstraint } from './allocation.types.js';
import type { PreparedRound } from './prepared-round.js';

export const pctEn = (value: number) => `${Math.round(value * 100) / 100} %`;
export const pct = (value: number) => pctEn(value).replace('.', ',');
export const nok = (amount: number) => formatKroner(amount);
export const nokEn = (amount: number) => `NOK ${groupDigits(amount, ',')}`;

const NO_TEXT: LocalizedText = { nb: '', en: '' };

/** A piece of explanation and the plan clause it cites, if any. */
export interface CitedText {
  text: LocalizedText;
  clause: string | undefined;
}

/**
 * The phrases an explanation is built from that depend only on the round (clause citations,
 * indicator labels, the reason a binding constraint gives), made once per round and reused by every
 * statement.
 */
export class ExplainPhrases {
  private readonly labels: Map<string, LocalizedText>;
  private readonly themeClause: Map<string, string>;
  private readonly rows: Map<string, PreparedRound['rows'][number]>;
  private readonly bands: Map<string, PreparedRound['bands'][number]>;
  private readonly citations = new Map<string, CitedText>();
  private readonly reasons = new Map<string, CitedText>();
  private readonly contributions = new Map<string, Map<number, LocalizedText>>();

  constructor(private readonly round: PreparedRound) {
    this.labels = new Map(round.rules.indicators.map((i) => [i.id, i.label]));
    this.themeClause = new Map(round.rules.themes.map((t) => [t.sector, t.clause]));
    this.rows = new Map(round.rows.map((r) => [r.id, r]));
    this.bands = new Map(round.bands.map((b) => [b.sector, b]));
  }

  /** ` (jf. «title»)` for a clause of the plan; no text and no clause for an unknown one. */
  cite(id: string | undefined): CitedText {
    const key = id ?? '';
    let cited = this.citations.get(key);
    if (!cited) {
      const clause = id ? this.round.plan.clauses[id] : undefined;
      cited =
        id && clause
          ? {
              text: { nb: ` (jf. «${clause.title.nb}»)`, en: ` (see "${clause.title.en}")` },
              clause: id,
            }
          : { text: NO_TEXT, clause: undefined };
      this.citations.set(key, cited);
    }
    return cited;
  }

  /** `label +contribution` for an indicator's part of a score. */
  contribution(id: string, contribution: number): LocalizedText {
    let byValue = this.contributions.get(id);
    if (!byValue) {
      byValue = new Map();
      this.contributions.set(id, byValue);
    }
    let text = byValue.get(contribution);
    if (!text) {
      const label = this.labels.get(id);
      text = {
        nb: `${label?.nb ?? id} +${contribution}`,
        en: `${label?.en ?? id} +${contribution}`,
      };
      byValue.set(contribution, text);
    }
    return text;
  }

  citeTheme(sector: Sector): CitedText {
    return this.cite(this.themeClause.get(sector));
  }

  /** Why a binding constraint holds a statement of the sector back, citing its clause. */
  reason(sector: Sector, b: BindingConstraint): CitedText {
    const key = `${sector}|${b.kind}|${b.rowId ?? ''}|${b.clause ?? ''}`;
    let reason = this.reasons.get(key);
    if (!reason) {
      const ref = this.cite(b.clause);
      reason = { text: this.bindingPhrase(sector, b, ref.text), clause: ref.clause };
      this.reasons.set(key, reason);
    }
    return reason;
  }

  private bindingPhrase(sector: Sector, b: BindingConstraint, ref: LocalizedText): LocalizedText {
    const round = this.round;
    const row = b.rowId ? this.rows.get(b.rowId) : undefined;
    const label = SECTOR_LABELS[sector];
    switch (b.kind) {
      case 'FRAME':
        return {
          nb: `årets ramme er brukt opp${ref.nb}`,
          en: `this year's frame is used up${ref.en}`,
        };
      case 'SECTOR_UPPER': {
        const band = row?.sector ? this.bands.get(row.sector) : undefined;
        const upper = band?.effectiveUpper ?? 0;
        return {
          nb: `${label.nb} har nådd sin øvre grense på ${nok(upper)}${ref.nb}`,
          en: `${label.en} has reached its upper bound of ${nokEn(upper)}${ref.en}`,
        };
      }
      case 'LOCK_CAP':
        return {
          nb: `taket for midler låst til ${row?.durationYears}-årige prosjekter i ${row?.year} er nådd${ref.nb}`,
          en: `the cap on funds bound to ${row?.durationYears}-year projects in ${row?.year} is reached${ref.en}`,
        };
      case 'FUTURE_FRAME':
        return {
          nb: `midlene som kan bindes i ${row?.year} er brukt opp${ref.nb}`,
          en: `the funds that can be bound in ${row?.year} are used up${ref.en}`,
        };
      case 'COORDINATOR_CAP':
        return {
          nb: `taket for koordinatormidler er nådd${ref.nb}`,
          en: `the cap on coordinator funds is reached${ref.en}`,
        };
      case 'MIN_SHARE': {
        const share = Math.round(round.minShare * 10_000) / 100;
        return {
          nb: `det som var igjen, var under minste andel som er verdt å finansiere (${pct(share)} av søknaden)`,
          en: `what was left was below the smallest share worth funding (${pctEn(share)} of the request)`,
        };
      }
      case 'CUT_RULE':
        return {
          nb: `behovsmeldinger med lik prioritet ble avkortet etter regelen «${round.cutRule.label.nb}»`,
          en: `statements of equal priority were cut by the rule "${round.cutRule.label.en}"`,
        };
      case 'PRIORITY':
        return {
          nb: 'andre behovsmeldinger ga mer verdi innenfor de samme grensene',
          en: 'other statements gave more value within the same limits',
        };
      case 'REQUEST':
        return { nb: 'hele søknaden er innvilget', en: 'the whole request is granted' };
    }
  }
}

const phrasesByRound = new WeakMap<PreparedRound, ExplainPhrases>();

export function explainPhrasesFor(round: PreparedRound): ExplainPhrases {
  let phrases = phrasesByRound.get(round);
  if (!phrases) {
    phrases = new ExplainPhrases(round);
    phrasesByRound.set(round, phrases);
  }
  return phrases;
}
