import type { LocalizedText } from '../common/localized-text.js';
import { formatKroner, groupDigits } from '../money/kroner.js';
import { SECTOR_LABELS, type Sector } from '../plan/sector.js';
import type { BindingConstraint, ScoreBreakdown } from './allocation.types.js';
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
  /** The clause's bit in a {@link ClauseMask} (0 when no clause is cited). */
  bit: number;
}

/**
 * `Rangert som nr. 3 av 40{inSector}12{overall}1.2 (tema …{end}`: the fixed parts of the first
 * sentence, and the bit of the theme clause its end cites.
 */
export interface RankingPhrases {
  of: number;
  inSector: LocalizedText;
  overall: LocalizedText;
  end: LocalizedText;
  bit: number;
}

/** An indicator's part of a score as the first of the list, and as one after it. */
export interface Contribution {
  first: LocalizedText;
  next: LocalizedText;
}

/** The set of clauses an explanation cites, one bit per clause the round's phrases cite. */
export type ClauseMask = number;

/** Far more than the phrases can cite (theme clauses of at most three sectors and a few more). */
const MAX_CLAUSES = 31;

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
  private readonly contributions = new Map<ScoreBreakdown['indicators'][number], Contribution>();
  private readonly themes = new Map<ScoreBreakdown['theme'], LocalizedText>();
  private readonly rankings = new Map<Sector, RankingPhrases>();
  private readonly amounts = new Map<number, LocalizedText>();
  private readonly fullGrants = new Map<number, LocalizedText>();
  private readonly noGrants = new Map<Sector, Map<BindingConstraint, CitedText>>();
  private readonly clauseIds: string[] = [];
  private readonly clauseLists = new Map<ClauseMask, string[]>();

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
              bit: this.clauseBit(id),
            }
          : { text: NO_TEXT, clause: undefined, bit: 0 };
      this.citations.set(key, cited);
    }
    return cited;
  }

  private clauseBit(id: string): number {
    let index = this.clauseIds.indexOf(id);
    if (index < 0) {
      index = this.clauseIds.push(id) - 1;
      if (index >= MAX_CLAUSES) throw new Error(`More than ${MAX_CLAUSES} clauses cited`);
    }
    return 2 ** index;
  }

  /** The cited clauses' ids, sorted by code units; one frozen list per set, shared by statements. */
  clauses(mask: ClauseMask): string[] {
    let list = this.clauseLists.get(mask);
    if (!list) {
      list = this.clauseIds.filter((_, k) => (mask & (2 ** k)) !== 0).sort();
      Object.freeze(list);
      this.clauseLists.set(mask, list);
    }
    return list;
  }

  /** `label +contribution` for an indicator's part of a score, after `; ` (first) or `, `. */
  contribution(indicator: ScoreBreakdown['indicators'][number]): Contribution {
    let text = this.contributions.get(indicator);
    if (!text) {
      const label = this.labels.get(indicator.id);
      const nb = `${label?.nb ?? indicator.id} +${indicator.contribution}`;
      const en = `${label?.en ?? indicator.id} +${indicator.contribution}`;
      text = { first: { nb: `; ${nb}`, en: `; ${en}` }, next: { nb: `, ${nb}`, en: `, ${en}` } };
      this.contributions.set(indicator, text);
    }
    return text;
  }

  /** ` (tema med rang rank` for the theme, or ` (utenfor planens tema`. */
  theme(theme: ScoreBreakdown['theme']): LocalizedText {
    let text = this.themes.get(theme);
    if (!text) {
      text =
        theme.rank === null
          ? { nb: ' (utenfor planens tema', en: " (outside the plan's themes" }
          : { nb: ` (tema med rang ${theme.rank}`, en: ` (theme of rank ${theme.rank}` };
      this.themes.set(theme, text);
    }
    return text;
  }

  /** `1 234 567 kr` and `NOK 1,234,567`. */
  kroner(amount: number): LocalizedText {
    let text = this.amounts.get(amount);
    if (!text) {
      text = { nb: nok(amount), en: nokEn(amount) };
      this.amounts.set(amount, text);
    }
    return text;
  }

  /** ` Får hele beløpet det er søkt om for {year}: {amount}.` */
  fullGrant(amount: number): LocalizedText {
    let text = this.fullGrants.get(amount);
    if (!text) {
      const year = this.round.year;
      const kroner = this.kroner(amount);
      text = {
        nb: ` Får hele beløpet det er søkt om for ${year}: ${kroner.nb}.`,
        en: ` Gets the full amount requested for ${year}: ${kroner.en}.`,
      };
      this.fullGrants.set(amount, text);
    }
    return text;
  }

  /** ` Får ikke midler for {year} fordi {reasons}.`, for reasons of the sector's statements. */
  noGrant(sector: Sector, binding: readonly BindingConstraint[]): CitedText {
    const only = binding.length === 1 ? binding[0] : undefined;
    let bySector = this.noGrants.get(sector);
    let cited = only ? bySector?.get(only) : undefined;
    if (!cited) {
      let nb = '';
      let en = '';
      let bit = 0;
      let clause: string | undefined;
      for (let k = 0; k < binding.length; k++) {
        const reason = this.reason(sector, binding[k] as BindingConstraint);
        nb += k === 0 ? reason.text.nb : `; ${reason.text.nb}`;
        en += k === 0 ? reason.text.en : `; ${reason.text.en}`;
        bit |= reason.bit;
        clause ??= reason.clause;
      }
      const year = this.round.year;
      cited = {
        text: {
          nb: ` Får ikke midler for ${year} fordi ${nb}.`,
          en: ` Gets no funds for ${year} because ${en}.`,
        },
        clause,
        bit,
      };
      // One constraint (the common case) has shared constraint objects to key on.
      if (only) {
        if (!bySector) {
          bySector = new Map();
          this.noGrants.set(sector, bySector);
        }
        bySector.set(only, cited);
      }
    }
    return cited;
  }

  /** The fixed parts of the sentence that ranks a statement of the sector among `of`. */
  ranking(sector: Sector, of: number): RankingPhrases {
    let phrases = this.rankings.get(sector);
    if (!phrases || phrases.of !== of) {
      const label = SECTOR_LABELS[sector];
      const theme = this.citeTheme(sector);
      phrases = {
        of,
        inSector: { nb: ` i ${label.nb} og nr. `, en: ` in ${label.en} and ` },
        overall: {
          nb: ` av ${of} i alt, med poengsum `,
          en: ` of ${of} overall, with a score of `,
        },
        end: { nb: `)${theme.text.nb}.`, en: `)${theme.text.en}.` },
        bit: theme.bit,
      };
      this.rankings.set(sector, phrases);
    }
    return phrases;
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
      reason = { text: this.bindingPhrase(sector, b, ref.text), clause: ref.clause, bit: ref.bit };
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
