import type { LocalizedText } from '../common/localized-text.js';
import { formatKroner, groupDigits } from '../money/kroner.js';
import { SECTOR_LABELS, type Sector } from '../plan/sector.js';
import type {
  BindingConstraint,
  PriorityCriteria,
  SamiLevel,
  ScoreBreakdown,
} from './allocation.types.js';
import type { TierResolution } from './methods/allocation-method.js';
import type { PreparedRound } from './prepared-round.js';
import { themesOfSector } from '../themes/theme-lookup.js';

/** The clause that says the local needs decide (rule 6), when the plan has it. */
const LOCAL_NEEDS_CLAUSE_ID_OF = (round: PreparedRound): string | undefined =>
  round.rules.needsStatement.localNeedsClause;

/** `a`, `a og b`, `a, b og c`. */
function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

type Indicator = ScoreBreakdown['indicators'][number];

/** The (at most) three indicators that added the most, largest first, ties by id. */
function topThree(indicators: readonly Indicator[], counts: (id: string) => boolean): Indicator[] {
  const top: Indicator[] = [];
  for (const i of indicators) {
    if (!(i.contribution > 0) || !counts(i.id)) continue;
    let at = top.length;
    while (
      at > 0 &&
      (i.contribution > (top[at - 1] as Indicator).contribution ||
        (i.contribution === (top[at - 1] as Indicator).contribution &&
          i.id < (top[at - 1] as Indicator).id))
    ) {
      at -= 1;
    }
    if (at < 3) {
      top.splice(at, 0, i);
      if (top.length > 3) top.pop();
    }
  }
  return top;
}

/** "Mange elever med ITO" → "mange elever med ITO"; "ITO" keeps its capitals. */
function lowerFirst(text: string): string {
  const second = text.charAt(1);
  return second && second === second.toUpperCase() && second !== second.toLowerCase()
    ? text
    : text.charAt(0).toLowerCase() + text.slice(1);
}

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

/** A discretionary consideration as a list item, and the clause it cites. */
export interface Consideration {
  nb: string;
  en: string;
  clause: string;
}

/** The set of clauses an explanation cites, one bit per clause the round's phrases cite. */
export type ClauseMask = number;

const SAMI_LEVEL_WORDS: Record<SamiLevel, LocalizedText> = {
  STRONG: { nb: 'ivaretar godt', en: 'addresses well' },
  SOME: { nb: 'delvis ivaretar', en: 'partly addresses' },
  NONE: { nb: 'ikke ivaretar', en: 'does not address' },
};

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
  private readonly indicatorInfo: Map<
    string,
    { label: LocalizedText; clause: string; kind: string }
  >;
  private readonly themeSentences = new Map<Sector, Map<string, CitedText>>();
  /** Considerations of statements whose criteria name no indicator, by their shared criteria. */
  private readonly byCriteria = new Map<PriorityCriteria, CitedText>();
  private readonly amounts = new Map<number, LocalizedText>();
  private readonly fullGrants = new Map<number, LocalizedText>();
  private readonly noGrants = new Map<string, Map<BindingConstraint, CitedText>>();
  private readonly clauseIds: string[] = [];
  private readonly clauseLists = new Map<ClauseMask, string[]>();

  constructor(private readonly round: PreparedRound) {
    this.labels = new Map(round.rules.indicators.map((i) => [i.id, i.label]));
    this.indicatorInfo = new Map(
      round.rules.indicators.map((i) => [i.id, { label: i.label, clause: i.clause, kind: i.kind }]),
    );
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

  /**
   * The statement's theme in a whole sentence, citing the sector's theme clause: which theme, and
   * its place in the forum's order; outside the themes, that it comes after them and why it may
   * still be funded (the local needs decide).
   */
  themeSentence(sector: Sector, themeId: string): CitedText {
    let bySector = this.themeSentences.get(sector);
    if (!bySector) {
      bySector = new Map();
      this.themeSentences.set(sector, bySector);
    }
    let cited = bySector.get(themeId);
    if (!cited) {
      const themes = themesOfSector(this.round.rules, sector);
      const position = themes.findIndex((t) => t.id === themeId);
      const label = SECTOR_LABELS[sector];
      const theme = themes[position];
      if (theme) {
        const ref = this.citeTheme(sector);
        const place =
          position === 0
            ? {
                nb: `det høyest prioriterte av planens ${themes.length} temaer for ${label.nb}`,
                en: `the highest-ranked of the plan's ${themes.length} themes for ${label.en}`,
              }
            : {
                nb: `nr. ${position + 1} av planens ${themes.length} temaer for ${label.nb} i prioritert rekkefølge`,
                en: `number ${position + 1} of the plan's ${themes.length} ranked themes for ${label.en}`,
              };
        cited = {
          text: {
            nb: ` Behovsmeldingen gjelder «${theme.title.nb}», ${place.nb}${ref.text.nb}.`,
            en: ` The statement is about "${theme.title.en}", ${place.en}${ref.text.en}.`,
          },
          clause: ref.clause,
          bit: ref.bit,
        };
      } else {
        const ref = this.cite(this.round.rules.themes.find((t) => t.sector === sector)?.clause);
        const local = this.cite(LOCAL_NEEDS_CLAUSE_ID_OF(this.round));
        cited = {
          text: {
            nb: ` Behovsmeldingen ligger utenfor planens prioriterte temaer for ${label.nb}${ref.text.nb} og kommer derfor etter behovsmeldingene innenfor temaene; den kan likevel få midler, fordi de lokale behovene avgjør valget av tiltak${local.text.nb}.`,
            en: ` The statement lies outside the plan's ranked themes for ${label.en}${ref.text.en} and so comes after the statements within them; it may still be funded, as the local needs decide the choice of measures${local.text.en}.`,
          },
          clause: ref.clause,
          bit: ref.bit | local.bit,
        };
      }
      bySector.set(themeId, cited);
    }
    return cited;
  }

  /**
   * ` Den er prioritert som nr. 3 av 21 behovsmeldinger i skole.` (never across sectors). Each
   * statement has its own place: made each time, not kept.
   */
  priority(sector: Sector, inSector: number, of: number): LocalizedText {
    const label = SECTOR_LABELS[sector];
    return {
      nb: ` Den er prioritert som nr. ${inSector} av ${of} behovsmeldinger i ${label.nb}.`,
      en: ` It is priority ${inSector} of ${of} statements in ${label.en}.`,
    };
  }

  /**
   * The considerations behind the statement's place, named with their clauses: newcomer owners
   * (rule 4), the office's assessment of Sámi perspectives (a criterion in the whole scheme, counted
   * within the theme's rank), and, only where they ordered the statement's tier at the budget line,
   * the discretionary indicators of its sector seen together (rule 7), with the office's reason for
   * its own knowledge.
   */
  considerations(
    priority: PriorityCriteria,
    indicators: readonly ScoreBreakdown['indicators'][number][],
    officeReason: string | undefined,
  ): CitedText {
    // Without indicators the words follow from the criteria alone, which alike statements share.
    let plain = true;
    for (let k = 0; k < priority.used.length && plain; k++)
      plain = priority.used[k]?.kind !== 'INDICATOR';
    if (plain) {
      let cited = this.byCriteria.get(priority);
      if (!cited) {
        cited = this.considered(priority, indicators, officeReason);
        this.byCriteria.set(priority, cited);
      }
      return cited;
    }
    return this.considered(priority, indicators, officeReason);
  }

  private considered(
    priority: PriorityCriteria,
    indicators: readonly ScoreBreakdown['indicators'][number][],
    officeReason: string | undefined,
  ): CitedText {
    const discretionary: string[] = [];
    const discretionaryEn: string[] = [];
    let discretionClause: string | undefined;
    const usedIds = new Set(
      priority.used.flatMap((u) => (u.kind === 'INDICATOR' && u.id ? [u.id] : [])),
    );
    // Of the indicators that ordered the tier, the (at most) three that weighed the most.
    const top = usedIds.size > 0 ? topThree(indicators, (id) => usedIds.has(id)) : [];
    for (const i of top) {
      const info = this.indicatorInfo.get(i.id);
      if (!info) continue;
      discretionClause ??= info.clause;
      const said = officeReason?.trim().replace(/[.!]+$/, '');
      const reason = info.kind === 'OFFICE_KNOWLEDGE' && said ? ` («${said}»)` : '';
      discretionary.push(`${lowerFirst(info.label.nb)}${reason}`);
      discretionaryEn.push(
        `${lowerFirst(info.label.en)}${reason.replace('«', '"').replace('»', '"')}`,
      );
    }
    let nb = '';
    let en = '';
    let bit = 0;
    if (priority.newcomer.status !== 'NONE') {
      const rule = this.round.rules.newcomers;
      const ref = this.cite(rule.clause);
      const assumed = this.round.rules.assumptions.some((a) => a.id === 'newcomer-years');
      const years = rule.yearsAwayCountsAsLongWhile;
      nb += ` Partnerskapet har eiere som ikke har deltatt i ordningen før, eller ikke på ${years} år eller mer${assumed ? ' (antakelse)' : ''}, og slike eiere skal prioriteres${ref.text.nb}.`;
      en += ` The partnership has owners that never took part, or not for ${years} years or more${assumed ? ' (assumption)' : ''}, and such owners are to be prioritised${ref.text.en}.`;
      bit |= ref.bit;
    }
    const sami = priority.sami;
    if (sami.level === null) {
      // Not assessed (or taken back): it counts as not addressing them, the plan being silent.
      const ref = this.cite(sami.clause);
      const assumed = this.round.rules.assumptions.some((a) => a.id === 'sami-not-assessed');
      const counts = priority.used.some((u) => u.kind === 'SAMI');
      nb += ` Statsforvalteren har ikke vurdert hvordan behovsmeldingen ivaretar samiske perspektiver, og den regnes derfor som ikke vurdert, likt med en som ikke ivaretar dem${assumed ? ' (antakelse)' : ''}${counts ? '; det teller i prioriteringen innenfor temaets rang' : ''}${ref.text.nb}.`;
      en += ` The office has not assessed how the statement addresses Sámi perspectives, so it is treated as not assessed, alike with one that does not address them${assumed ? ' (assumption)' : ''}${counts ? "; this counts in the priority within the theme's rank" : ''}${ref.text.en}.`;
      bit |= ref.bit;
    } else {
      const ref = this.cite(sami.clause);
      const level = SAMI_LEVEL_WORDS[sami.level];
      const said = sami.reason?.trim().replace(/[.!]+$/, '');
      const because = said ? ` («${said}»)` : '';
      const counts = priority.used.some((u) => u.kind === 'SAMI');
      nb += ` Statsforvalteren vurderer at behovsmeldingen ${level.nb} samiske perspektiver${because}${counts ? ', og det teller i prioriteringen innenfor temaets rang' : ''}${ref.text.nb}.`;
      en += ` The office assesses that the statement ${level.en} Sámi perspectives${because.replace('«', '"').replace('»', '"')}${counts ? ", which counts in the priority within the theme's rank" : ''}${ref.text.en}.`;
      bit |= ref.bit;
    }
    if (discretionary.length > 0) {
      const ref = this.cite(discretionClause);
      nb += ` Ved oversøking har Statsforvalteren sett disse forholdene i sammenheng innenfor like prioriterte behovsmeldinger: ${joinList(discretionary, 'og')}${ref.text.nb}.`;
      en += ` On oversubscription the office has seen these factors together among statements of equal priority: ${joinList(discretionaryEn, 'and')}${ref.text.en}.`;
      bit |= ref.bit;
    }
    return { text: { nb, en }, clause: undefined, bit };
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

  /**
   * ` Får ikke midler for {year} fordi {reasons}.`, for reasons of the sector's statements; `tie`
   * is how the tier at the budget line was settled when the statement was in it.
   */
  noGrant(
    sector: Sector,
    binding: readonly BindingConstraint[],
    tie: TierResolution | null = null,
  ): CitedText {
    const only = binding.length === 1 ? binding[0] : undefined;
    const cacheKey = tie === null ? sector : `${sector}|${tie}`;
    let bySector = this.noGrants.get(cacheKey);
    let cited = only ? bySector?.get(only) : undefined;
    if (!cited) {
      let nb = '';
      let en = '';
      let bit = 0;
      let clause: string | undefined;
      // Left out of the tier at the budget line: that reason names the cut rule already.
      const leftOut = tie !== null && binding.some((b) => b.kind === 'MIN_SHARE');
      for (let k = 0; k < binding.length; k++) {
        const b = binding[k] as BindingConstraint;
        if (leftOut && b.kind === 'CUT_RULE') continue;
        const reason = this.reason(sector, b, tie);
        nb += nb === '' ? reason.text.nb : `; ${reason.text.nb}`;
        en += en === '' ? reason.text.en : `; ${reason.text.en}`;
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
          this.noGrants.set(cacheKey, bySector);
        }
        bySector.set(only, cited);
      }
    }
    return cited;
  }

  citeTheme(sector: Sector): CitedText {
    return this.cite(this.themeClause.get(sector));
  }

  /**
   * Why a binding constraint holds a statement of the sector back, citing its clause. `tie`: how
   * the tier at the budget line was settled, when the statement was in it (the smallest share
   * worth funding then left it out of a tier that did not fit, by the plan's clause on ties).
   */
  reason(sector: Sector, b: BindingConstraint, tie: TierResolution | null = null): CitedText {
    const atTie = b.kind === 'MIN_SHARE' && tie !== null ? tie : null;
    const key = `${sector}|${b.kind}|${b.rowId ?? ''}|${b.clause ?? ''}|${atTie ?? ''}`;
    let reason = this.reasons.get(key);
    if (!reason) {
      if (atTie) {
        const ref = this.cite(this.tiesClause());
        reason = { text: this.leftOutPhrase(atTie, ref.text), clause: ref.clause, bit: ref.bit };
      } else {
        const ref = this.cite(b.clause);
        reason = {
          text: this.bindingPhrase(sector, b, ref.text),
          clause: ref.clause,
          bit: ref.bit,
        };
      }
      this.reasons.set(key, reason);
    }
    return reason;
  }

  /**
   * The plan's clause on oversubscription and statements of equal priority (Troms: "Andre
   * prioriteringer ved tildeling"), which its discretionary indicators cite.
   */
  private tiesClause(): string | undefined {
    return this.round.rules.indicators.find(
      (i) => i.kind === 'STATISTIC' || i.kind === 'OFFICE_KNOWLEDGE',
    )?.clause;
  }

  /** Left out of the tier at the budget line by the smallest share worth funding. */
  private leftOutPhrase(tie: TierResolution, ref: LocalizedText): LocalizedText {
    const round = this.round;
    const share = Math.round(round.minShare * 10_000) / 100;
    if (tie === 'INDICATORS') {
      return {
        nb: `behovsmeldingene med lik prioritet ved budsjettgrensen fikk ikke plass til alle, og Statsforvalteren ordnet dem etter forholdene sett i sammenheng; det som var igjen da turen kom til denne, var under minste andel som er verdt å finansiere (${pct(share)} av søknaden)${ref.nb}`,
        en: `the statements of equal priority at the budget line did not all fit, and the office ordered them by the factors seen together; what was left when this one's turn came was below the smallest share worth funding (${pctEn(share)} of the request)${ref.en}`,
      };
    }
    return {
      nb: `behovsmeldingene med lik prioritet ved budsjettgrensen kunne ikke alle få minst den minste andelen som er verdt å finansiere (${pct(share)} av søknaden) etter regelen «${round.cutRule.label.nb}»; de siste i rekkefølgen blant dem, også denne, ble derfor holdt utenfor${ref.nb}`,
      en: `the statements of equal priority at the budget line could not all get at least the smallest share worth funding (${pctEn(share)} of the request) by the rule "${round.cutRule.label.en}"; the last in order among them, this one too, were therefore left out${ref.en}`,
    };
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
        const assumed = round.rules.assumptions.some((a) => a.id === 'sector-tolerance');
        return {
          nb: `${label.nb} har nådd sin øvre grense på ${nok(upper)}${ref.nb}${assumed ? ', der marginen rundt planens andel er en antakelse' : ''}`,
          en: `${label.en} has reached its upper bound of ${nokEn(upper)}${ref.en}${assumed ? ', where the margin around the plan’s share is an assumption' : ''}`,
        };
      }
      case 'LOCK_CAP':
        return {
          nb: `taket for midler låst til ${row?.durationYears}-årige prosjekter i ${row?.year} er nådd${ref.nb}`,
          en: `the cap on funds bound to ${row?.durationYears}-year projects in ${row?.year} is reached${ref.en}`,
        };
      case 'FUTURE_FRAME': {
        const assumed = round.rules.assumptions.some((a) => a.id === 'future-frame');
        return {
          nb: `midlene som kan bindes i ${row?.year} er brukt opp${assumed ? ', regnet mot en ramme lik årets (antakelse)' : ''}${ref.nb}`,
          en: `the funds that can be bound in ${row?.year} are used up${assumed ? ', counted against a frame equal to this year’s (assumption)' : ''}${ref.en}`,
        };
      }
      case 'COORDINATOR_CAP': {
        const rule = round.rules.coordinator;
        const share = pct(rule.maxSharePercent);
        return {
          nb: `taket for koordinatormidler, ${share} av rammen${rule.maxShareIsAssumption ? ' (antakelse)' : ''}, er nådd${ref.nb}`,
          en: `the cap on coordinator funds, ${pctEn(rule.maxSharePercent)} of the frame${rule.maxShareIsAssumption ? ' (assumption)' : ''}, is reached${ref.en}`,
        };
      }
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
