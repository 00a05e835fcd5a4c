import type { LocalizedText } from '../common/localized-text.js';
import type { BindingConstraint, StatementAllocation } from './allocation.types.js';
import {
  explainPhrasesFor,
  pct,
  pctEn,
  type ClauseMask,
  type ExplainPhrases,
} from './explain-phrases.js';
import type { PreparedCandidate, PreparedRound } from './prepared-round.js';

/** What an explanation is made from. */
export type ExplainFacts = Pick<
  StatementAllocation,
  | 'status'
  | 'requested'
  | 'granted'
  | 'fundedPercent'
  | 'ineligibleReasons'
  | 'rank'
  | 'score'
  | 'binding'
>;
type Indicator = ExplainFacts['score']['indicators'][number];

/** The plain-language reasons for one statement's grant, and the plan clauses they rest on. */
export function explainStatement(
  round: PreparedRound,
  c: PreparedCandidate,
  facts: ExplainFacts,
): { explanation: LocalizedText; clauses: string[] } {
  const phrases = explainPhrasesFor(round);
  const year = round.year;

  if (!facts.rank) {
    const reasons = facts.ineligibleReasons;
    const limit = reasons.some((r) => r.code === 'NS_WORK_YEAR_LIMIT')
      ? phrases.cite(round.rules.durations.workLimitClause)
      : undefined;
    return {
      explanation: {
        nb: `Ikke aktuell for tildeling: ${reasons.map((r) => r.message.nb).join(' ')}${limit?.text.nb ?? ''}`,
        en: `Not eligible: ${reasons.map((r) => r.message.en).join(' ')}${limit?.text.en ?? ''}`,
      },
      clauses: phrases.clauses(limit?.bit ?? 0),
    };
  }

  const { rank, score } = facts;
  // Rangert som nr. {inSector} av {ofInSector} i {sector} og nr. {overall} av {of} i alt, med
  // poengsum {total} (tema med rang {theme rank} +{contribution}; {top indicators}) (jf. «…»).
  const ranking = phrases.ranking(c.source.sector, rank.of);
  let cited: ClauseMask = ranking.bit;
  const theme = phrases.theme(score.theme);
  const top = topIndicators(phrases, score.indicators);
  const total = String(score.total);
  let nb = `Rangert som nr. ${rank.inSector} av ${rank.ofInSector}${ranking.inSector.nb}${rank.overall}${ranking.overall.nb}${total}${theme.nb}${top.first.nb}${top.second.nb}${top.third.nb}${ranking.end.nb}`;
  let en = `Ranked ${rank.inSector} of ${rank.ofInSector}${ranking.inSector.en}${rank.overall}${ranking.overall.en}${total}${theme.en}${top.first.en}${top.second.en}${top.third.en}${ranking.end.en}`;

  const granted = facts.granted.thisYear;
  if (facts.status === 'FUNDED') {
    const text = phrases.fullGrant(granted);
    nb += text.nb;
    en += text.en;
  } else if (facts.status === 'NOT_FUNDED') {
    const noGrant = phrases.noGrant(c.source.sector, facts.binding);
    cited |= noGrant.bit;
    nb += noGrant.text.nb;
    en += noGrant.text.en;
  } else {
    let becauseNb = '';
    let becauseEn = '';
    for (let k = 0; k < facts.binding.length; k++) {
      const reason = phrases.reason(c.source.sector, facts.binding[k] as BindingConstraint);
      cited |= reason.bit;
      becauseNb += k === 0 ? reason.text.nb : `; ${reason.text.nb}`;
      becauseEn += k === 0 ? reason.text.en : `; ${reason.text.en}`;
    }
    const gets = phrases.kroner(granted);
    const of = phrases.kroner(facts.requested.thisYear);
    const split = phrases.cite(round.rules.institutionSplit.reducedGrantClause);
    cited |= split.bit;
    nb += ` Får ${gets.nb} av ${of.nb} for ${year} (${pct(facts.fundedPercent)}) fordi ${becauseNb}. Partnerskapet må avgjøre fordelingen mellom eier og UH${split.text.nb}.`;
    en += ` Gets ${gets.en} of ${of.en} for ${year} (${pctEn(facts.fundedPercent)}) because ${becauseEn}. The partnership must decide the split between owner and institution${split.text.en}.`;
  }

  let later = 0;
  for (let k = 0; k < facts.granted.perYear.length; k++) {
    const y = facts.granted.perYear[k] as ExplainFacts['granted']['perYear'][number];
    if (!y.subjectToAppropriation || y.amount <= 0) continue;
    const amount = phrases.kroner(y.amount);
    nb += `${later === 0 ? ' Senere år: ' : ', '}${y.year}: ${amount.nb}`;
    en += `${later === 0 ? ' Later years: ' : ', '}${y.year}: ${amount.en}`;
    later += 1;
  }
  if (later > 0) {
    const appropriation = phrases.cite(round.rules.lockCaps.appropriationClause);
    cited |= appropriation.bit;
    nb += `, forutsatt videre statlig bevilgning${appropriation.text.nb}.`;
    en += `, subject to the state's appropriation${appropriation.text.en}.`;
  }
  return {
    explanation: { nb: flat(nb), en: flat(en) },
    clauses: phrases.clauses(cited),
  };
}

/**
 * The same text, stored as one flat string. V8 keeps a concatenation as a tree of its parts until
 * the text is first read; reading a character now makes it flat while its parts are still young,
 * rather than keeping tens of parts per explanation alive in the result.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** `; label +contribution`, `, label +contribution` twice more: no text where there is none. */
interface TopIndicators {
  first: LocalizedText;
  second: LocalizedText;
  third: LocalizedText;
}

/** The (at most) three indicators that added the most to the score. */
function topIndicators(phrases: ExplainPhrases, indicators: readonly Indicator[]): TopIndicators {
  // The three largest positive contributions, largest first, ties by id.
  let first: Indicator | undefined;
  let second: Indicator | undefined;
  let third: Indicator | undefined;
  for (let k = 0; k < indicators.length; k++) {
    const i = indicators[k] as Indicator;
    if (!(i.contribution > 0)) continue;
    if (!first || comesBefore(i, first)) {
      third = second;
      second = first;
      first = i;
    } else if (!second || comesBefore(i, second)) {
      third = second;
      second = i;
    } else if (!third || comesBefore(i, third)) {
      third = i;
    }
  }
  return {
    first: first ? phrases.contribution(first).first : NO_TEXT,
    second: second ? phrases.contribution(second).next : NO_TEXT,
    third: third ? phrases.contribution(third).next : NO_TEXT,
  };
}

const NO_TEXT: LocalizedText = { nb: '', en: '' };

const comesBefore = (a: Indicator, b: Indicator) =>
  a.contribution > b.contribution || (a.contribution === b.contribution && a.id < b.id);
