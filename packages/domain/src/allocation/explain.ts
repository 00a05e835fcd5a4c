import type { LocalizedText } from '../common/localized-text.js';
import type { BindingConstraint, StatementAllocation } from './allocation.types.js';
import { explainPhrasesFor, pct, pctEn, type ClauseMask } from './explain-phrases.js';
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
  | 'priority'
  | 'binding'
>;

/**
 * The reasons for one statement's grant in whole sentences a decision can quote (forvaltningsloven
 * § 25), and the plan clauses they rest on: the theme and its place in the forum's order, the
 * statement's priority in its sector, each consideration that moved it (newcomers, the
 * discretionary indicators with the office's reasons, distance), what it gets, what held it back
 * (each limit citing the clause that holds it), and later years. Figures the plan does not give
 * say "antakelse". No scores and no ranking across sectors: the plan has neither.
 */
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
        nb: `Behovsmeldingen er ikke med i fordelingen: ${reasons.map((r) => r.message.nb).join(' ')}${limit ? ` ${asSentence(limit.text.nb)}` : ''}`,
        en: `The statement is not part of the allocation: ${reasons.map((r) => r.message.en).join(' ')}${limit ? ` ${asSentence(limit.text.en)}` : ''}`,
      },
      clauses: phrases.clauses(limit?.bit ?? 0),
    };
  }

  const sector = c.source.sector;
  const theme = phrases.themeSentence(sector, c.source.themeId);
  let cited: ClauseMask = theme.bit;
  const priority = phrases.priority(sector, facts.rank.inSector, facts.rank.ofInSector);
  const considerations = phrases.considerations(
    facts.priority,
    facts.score.indicators,
    c.source.officeKnowledge?.reason,
  );
  cited |= considerations.bit;
  let nb = `${theme.text.nb}${priority.nb}${considerations.text.nb}`;
  let en = `${theme.text.en}${priority.en}${considerations.text.en}`;

  const granted = facts.granted.thisYear;
  if (facts.status === 'FUNDED') {
    const text = phrases.fullGrant(granted);
    nb += text.nb;
    en += text.en;
  } else if (facts.status === 'NOT_FUNDED') {
    const noGrant = phrases.noGrant(sector, facts.binding, facts.priority.tier.resolvedBy);
    cited |= noGrant.bit;
    nb += noGrant.text.nb;
    en += noGrant.text.en;
  } else {
    let becauseNb = '';
    let becauseEn = '';
    for (let k = 0; k < facts.binding.length; k++) {
      const reason = phrases.reason(
        sector,
        facts.binding[k] as BindingConstraint,
        facts.priority.tier.resolvedBy,
      );
      cited |= reason.bit;
      becauseNb += k === 0 ? reason.text.nb : `, og ${reason.text.nb}`;
      becauseEn += k === 0 ? reason.text.en : `, and ${reason.text.en}`;
    }
    const gets = phrases.kroner(granted);
    const of = phrases.kroner(facts.requested.thisYear);
    const split = phrases.cite(round.rules.institutionSplit.reducedGrantClause);
    cited |= split.bit;
    nb += ` Får ${gets.nb} av ${of.nb} for ${year} (${pct(facts.fundedPercent)}) fordi ${becauseNb}. Partnerskapet må bli enig om fordelingen av midlene mellom eier og kompetansemiljø${split.text.nb}.`;
    en += ` Gets ${gets.en} of ${of.en} for ${year} (${pctEn(facts.fundedPercent)}) because ${becauseEn}. The partnership must agree on the split between owner and institution${split.text.en}.`;
  }

  let laterNb = '';
  let laterEn = '';
  let later = 0;
  let lastYear = 0;
  const perYear = facts.granted.perYear;
  for (let k = 0; k < perYear.length; k++) {
    const y = perYear[k] as ExplainFacts['granted']['perYear'][number];
    if (!y.subjectToAppropriation || y.amount <= 0) continue;
    const amount = phrases.kroner(y.amount);
    const last = !perYear.slice(k + 1).some((z) => z.subjectToAppropriation && z.amount > 0);
    const sepNb = later === 0 ? '' : last ? ' og ' : ', ';
    const sepEn = later === 0 ? '' : last ? ' and ' : ', ';
    laterNb += `${sepNb}${amount.nb} for ${y.year}`;
    laterEn += `${sepEn}${amount.en} for ${y.year}`;
    later += 1;
    lastYear = y.year;
  }
  if (later > 0) {
    const appropriation = phrases.cite(round.rules.lockCaps.appropriationClause);
    cited |= appropriation.bit;
    nb += ` For senere år er det satt av ${laterNb}, forutsatt videre statlig bevilgning${appropriation.text.nb}.`;
    en += ` For later years ${laterEn} are set aside, subject to the state's appropriation${appropriation.text.en}.`;
    const periodEnd = round.plan.period.toYear;
    if (lastYear > periodEnd) {
      const assumed = round.rules.assumptions.some((a) => a.id === 'grants-past-plan-period');
      nb += ` ${lastYear} ligger etter planperioden (${round.plan.period.fromYear}–${periodEnd}), og midlene for det året forutsetter også den nye planen${assumed ? ' (antakelse)' : ''}.`;
      en += ` ${lastYear} lies after the plan period (${round.plan.period.fromYear}–${periodEnd}), and the funds for that year also depend on the new plan${assumed ? ' (assumption)' : ''}.`;
    }
  }
  return {
    explanation: { nb: flat(nb.trimStart()), en: flat(en.trimStart()) },
    clauses: phrases.clauses(cited),
  };
}

/** ` (jf. «Fireårsgrensen»)` → `Jf. «Fireårsgrensen».` */
function asSentence(citation: string): string {
  const inner = citation.trim().replace(/^\(/, '').replace(/\)$/, '');
  return `${inner.charAt(0).toUpperCase()}${inner.slice(1)}.`;
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
