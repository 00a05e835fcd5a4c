import type { LocalizedText } from '../common/localized-text.js';
import { formatKroner, groupDigits } from '../money/kroner.js';
import { SECTOR_LABELS } from '../plan/sector.js';
import type { BindingConstraint, StatementAllocation } from './allocation.types.js';
import type { PreparedCandidate, PreparedRound } from './prepared-round.js';

type Draft = Omit<StatementAllocation, 'explanation' | 'clauses'>;

const pctEn = (value: number) => `${Math.round(value * 100) / 100} %`;
const pct = (value: number) => pctEn(value).replace('.', ',');
const nok = (amount: number) => formatKroner(amount);
const nokEn = (amount: number) => `NOK ${groupDigits(amount, ',')}`;

/** Look-ups shared by every statement of a round. */
interface ExplainContext {
  labels: Map<string, LocalizedText>;
  themeClause: Map<string, string>;
  rows: Map<string, PreparedRound['rows'][number]>;
  bands: Map<string, PreparedRound['bands'][number]>;
}

const contexts = new WeakMap<PreparedRound, ExplainContext>();

function contextFor(round: PreparedRound): ExplainContext {
  let context = contexts.get(round);
  if (!context) {
    context = {
      labels: new Map(round.rules.indicators.map((i) => [i.id, i.label])),
      themeClause: new Map(round.rules.themes.map((t) => [t.sector, t.clause])),
      rows: new Map(round.rows.map((r) => [r.id, r])),
      bands: new Map(round.bands.map((b) => [b.sector, b])),
    };
    contexts.set(round, context);
  }
  return context;
}

/** The plain-language reasons for one statement's grant, and the plan clauses they rest on. */
export function explainStatement(
  round: PreparedRound,
  c: PreparedCandidate,
  draft: Draft,
): { explanation: LocalizedText; clauses: string[] } {
  const context = contextFor(round);
  const clauses = new Set<string>();
  const cite = (id: string | undefined): LocalizedText => {
    const clause = id ? round.plan.clauses[id] : undefined;
    if (!id || !clause) return { nb: '', en: '' };
    clauses.add(id);
    return { nb: ` (jf. «${clause.title.nb}»)`, en: ` (see "${clause.title.en}")` };
  };
  const sector = SECTOR_LABELS[c.source.sector];
  const year = round.year;
  const nb: string[] = [];
  const en: string[] = [];

  if (!draft.rank) {
    nb.push(
      `Ikke aktuell for tildeling: ${draft.ineligibleReasons.map((r) => r.message.nb).join(' ')}`,
    );
    en.push(`Not eligible: ${draft.ineligibleReasons.map((r) => r.message.en).join(' ')}`);
    const limit = draft.ineligibleReasons.some((r) => r.code === 'NS_WORK_YEAR_LIMIT')
      ? cite(round.rules.durations.workLimitClause)
      : { nb: '', en: '' };
    return {
      explanation: { nb: nb.join(' ') + limit.nb, en: en.join(' ') + limit.en },
      clauses: [...clauses].sort(),
    };
  }

  const themeCite = cite(context.themeClause.get(c.source.sector));
  const top = draft.score.indicators
    .filter((i) => i.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution || (a.id < b.id ? -1 : 1))
    .slice(0, 3);
  const labels = context.labels;
  const indicatorNb = top
    .map((i) => `${labels.get(i.id)?.nb ?? i.id} +${i.contribution}`)
    .join(', ');
  const indicatorEn = top
    .map((i) => `${labels.get(i.id)?.en ?? i.id} +${i.contribution}`)
    .join(', ');
  nb.push(
    `Rangert som nr. ${draft.rank.inSector} av ${draft.rank.ofInSector} i ${sector.nb} og nr. ${draft.rank.overall} av ${draft.rank.of} i alt, med poengsum ${draft.score.total} (tema med rang ${draft.score.theme.rank ?? '–'} +${draft.score.theme.contribution}${indicatorNb ? `; ${indicatorNb}` : ''})${themeCite.nb}.`,
  );
  en.push(
    `Ranked ${draft.rank.inSector} of ${draft.rank.ofInSector} in ${sector.en} and ${draft.rank.overall} of ${draft.rank.of} overall, with a score of ${draft.score.total} (theme of rank ${draft.score.theme.rank ?? '–'} +${draft.score.theme.contribution}${indicatorEn ? `; ${indicatorEn}` : ''})${themeCite.en}.`,
  );
  const granted = draft.granted.thisYear;
  const requested = draft.requested.thisYear;
  const reasons = draft.binding.map((b) => bindingPhrase(round, context, c, b, cite));
  const because = {
    nb: reasons.map((r) => r.nb).join('; '),
    en: reasons.map((r) => r.en).join('; '),
  };
  if (draft.status === 'FUNDED') {
    nb.push(`Får hele beløpet det er søkt om for ${year}: ${nok(granted)}.`);
    en.push(`Gets the full amount requested for ${year}: ${nokEn(granted)}.`);
  } else if (draft.status === 'REDUCED') {
    const split = cite(round.rules.institutionSplit.reducedGrantClause);
    nb.push(
      `Får ${nok(granted)} av ${nok(requested)} for ${year} (${pct(draft.fundedPercent)}) fordi ${because.nb}. Partnerskapet må avgjøre fordelingen mellom eier og UH${split.nb}.`,
    );
    en.push(
      `Gets ${nokEn(granted)} of ${nokEn(requested)} for ${year} (${pctEn(draft.fundedPercent)}) because ${because.en}. The partnership must decide the split between owner and institution${split.en}.`,
    );
  } else {
    nb.push(`Får ikke midler for ${year} fordi ${because.nb}.`);
    en.push(`Gets no funds for ${year} because ${because.en}.`);
  }
  const later = draft.granted.perYear.filter((y) => y.subjectToAppropriation && y.amount > 0);
  if (later.length > 0) {
    const appropriation = cite(round.rules.lockCaps.appropriationClause);
    nb.push(
      `Senere år: ${later.map((y) => `${y.year}: ${nok(y.amount)}`).join(', ')}, forutsatt videre statlig bevilgning${appropriation.nb}.`,
    );
    en.push(
      `Later years: ${later.map((y) => `${y.year}: ${nokEn(y.amount)}`).join(', ')}, subject to the state's appropriation${appropriation.en}.`,
    );
  }
  return { explanation: { nb: nb.join(' '), en: en.join(' ') }, clauses: [...clauses].sort() };
}

function bindingPhrase(
  round: PreparedRound,
  context: ExplainContext,
  c: PreparedCandidate,
  b: BindingConstraint,
  cite: (id: string | undefined) => LocalizedText,
): LocalizedText {
  const row = b.rowId ? context.rows.get(b.rowId) : undefined;
  const ref = cite(b.clause);
  const sector = SECTOR_LABELS[c.source.sector];
  switch (b.kind) {
    case 'FRAME':
      return {
        nb: `årets ramme er brukt opp${ref.nb}`,
        en: `this year's frame is used up${ref.en}`,
      };
    case 'SECTOR_UPPER': {
      const band = row?.sector ? context.bands.get(row.sector) : undefined;
      const upper = band?.effectiveUpper ?? 0;
      return {
        nb: `${sector.nb} har nådd sin øvre grense på ${nok(upper)}${ref.nb}`,
        en: `${sector.en} has reached its upper bound of ${nokEn(upper)}${ref.en}`,
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
