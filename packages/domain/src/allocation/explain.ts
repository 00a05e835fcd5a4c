import type { LocalizedText } from '../common/localized-text.js';
import { SECTOR_LABELS } from '../plan/sector.js';
import type { StatementAllocation } from './allocation.types.js';
import {
  explainPhrasesFor,
  nok,
  nokEn,
  pct,
  pctEn,
  type CitedText,
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
  const clauses: string[] = [];
  const cite = (cited: CitedText): LocalizedText => {
    if (cited.clause !== undefined && !clauses.includes(cited.clause)) clauses.push(cited.clause);
    return cited.text;
  };
  const year = round.year;

  if (!facts.rank) {
    const reasons = facts.ineligibleReasons;
    const limit = reasons.some((r) => r.code === 'NS_WORK_YEAR_LIMIT')
      ? cite(phrases.cite(round.rules.durations.workLimitClause))
      : { nb: '', en: '' };
    return {
      explanation: {
        nb: `Ikke aktuell for tildeling: ${reasons.map((r) => r.message.nb).join(' ')}${limit.nb}`,
        en: `Not eligible: ${reasons.map((r) => r.message.en).join(' ')}${limit.en}`,
      },
      clauses: [...clauses],
    };
  }

  const nb: string[] = [];
  const en: string[] = [];
  const { rank, score } = facts;
  const sector = SECTOR_LABELS[c.source.sector];
  const themeCite = cite(phrases.citeTheme(c.source.sector));
  const indicators = topIndicators(phrases, score.indicators);
  const theme = `${score.theme.rank ?? '–'} +${score.theme.contribution}`;
  nb.push(
    `Rangert som nr. ${rank.inSector} av ${rank.ofInSector} i ${sector.nb} og nr. ${rank.overall} av ${rank.of} i alt, med poengsum ${score.total} (tema med rang ${theme}${indicators.nb})${themeCite.nb}.`,
  );
  en.push(
    `Ranked ${rank.inSector} of ${rank.ofInSector} in ${sector.en} and ${rank.overall} of ${rank.of} overall, with a score of ${score.total} (theme of rank ${theme}${indicators.en})${themeCite.en}.`,
  );

  const granted = facts.granted.thisYear;
  if (facts.status === 'FUNDED') {
    nb.push(`Får hele beløpet det er søkt om for ${year}: ${nok(granted)}.`);
    en.push(`Gets the full amount requested for ${year}: ${nokEn(granted)}.`);
  } else {
    const because = becauseOf(facts, (b) => cite(phrases.reason(c.source.sector, b)));
    if (facts.status === 'REDUCED') {
      const requested = facts.requested.thisYear;
      const split = cite(phrases.cite(round.rules.institutionSplit.reducedGrantClause));
      nb.push(
        `Får ${nok(granted)} av ${nok(requested)} for ${year} (${pct(facts.fundedPercent)}) fordi ${because.nb}. Partnerskapet må avgjøre fordelingen mellom eier og UH${split.nb}.`,
      );
      en.push(
        `Gets ${nokEn(granted)} of ${nokEn(requested)} for ${year} (${pctEn(facts.fundedPercent)}) because ${because.en}. The partnership must decide the split between owner and institution${split.en}.`,
      );
    } else {
      nb.push(`Får ikke midler for ${year} fordi ${because.nb}.`);
      en.push(`Gets no funds for ${year} because ${because.en}.`);
    }
  }

  const later = facts.granted.perYear.filter((y) => y.subjectToAppropriation && y.amount > 0);
  if (later.length > 0) {
    const appropriation = cite(phrases.cite(round.rules.lockCaps.appropriationClause));
    nb.push(
      `Senere år: ${later.map((y) => `${y.year}: ${nok(y.amount)}`).join(', ')}, forutsatt videre statlig bevilgning${appropriation.nb}.`,
    );
    en.push(
      `Later years: ${later.map((y) => `${y.year}: ${nokEn(y.amount)}`).join(', ')}, subject to the state's appropriation${appropriation.en}.`,
    );
  }
  return { explanation: { nb: nb.join(' '), en: en.join(' ') }, clauses: [...clauses].sort() };
}

/** `; label +contribution, …` for the (at most) three indicators that added the most. */
function topIndicators(phrases: ExplainPhrases, indicators: readonly Indicator[]): LocalizedText {
  const top = largestContributions(indicators, 3);
  let nb = '';
  let en = '';
  for (let k = 0; k < top.length; k++) {
    const i = top[k] as Indicator;
    const text = phrases.contribution(i.id, i.contribution);
    const separator = k === 0 ? '; ' : ', ';
    nb += separator + text.nb;
    en += separator + text.en;
  }
  return { nb, en };
}

/** The `count` indicators with the largest positive contributions, largest first, ties by id. */
function largestContributions(indicators: readonly Indicator[], count: number): Indicator[] {
  const top: Indicator[] = [];
  for (const i of indicators) {
    if (!(i.contribution > 0)) continue;
    let at = top.length;
    while (at > 0 && comesBefore(i, top[at - 1] as Indicator)) at -= 1;
    if (at < count) {
      top.splice(at, 0, i);
      if (top.length > count) top.pop();
    }
  }
  return top;
}

const comesBefore = (a: Indicator, b: Indicator) =>
  a.contribution > b.contribution || (a.contribution === b.contribution && a.id < b.id);

/** The binding constraints' reasons, joined with `; `. */
function becauseOf(
  facts: ExplainFacts,
  reason: (b: ExplainFacts['binding'][number]) => LocalizedText,
): LocalizedText {
  let nb = '';
  let en = '';
  for (const [k, b] of facts.binding.entries()) {
    const text = reason(b);
    nb += k === 0 ? text.nb : `; ${text.nb}`;
    en += k === 0 ? text.en : `; ${text.en}`;
  }
  return { nb, en };
}
