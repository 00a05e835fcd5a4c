import type { PlanRules } from '../plan/plan.schema.js';
import { SECTOR_LABELS, type Sector } from '../plan/sector.js';
import {
  checkText,
  checkYear,
  REGISTER_TEXT_LIMITS,
  registerProblem,
  type RegisterProblem,
} from './register-problem.js';

/**
 * One figure of the knowledge base (kunnskapsgrunnlag) for one of the plan's statistical
 * indicators: for a municipality, or for one owner (a private owner the municipality's figure
 * does not describe), for one sector or all, in one year.
 */
export interface IndicatorFigureRecord {
  indicatorId: string;
  municipalityNumber: string | null;
  ownerOrgnr: string | null;
  /** The sector the figure describes; null when it describes the place as a whole. */
  sector: Sector | null;
  year: number;
  value: number;
  /** Where the figure comes from (e.g. "GSI 2026", "BASIL"). */
  source: string;
}

export interface IndicatorFigureContext {
  rules: Pick<PlanRules, 'indicators' | 'sectors'>;
  municipalityNumbers: ReadonlySet<string>;
  ownerOrgnrs: ReadonlySet<string>;
  /** Keys (indicatorFigureKey) of the county's other figures. */
  takenKeys: ReadonlySet<string>;
}

/** What makes a figure unique: indicator, place, sector and year. */
export function indicatorFigureKey(
  figure: Pick<
    IndicatorFigureRecord,
    'indicatorId' | 'municipalityNumber' | 'ownerOrgnr' | 'sector' | 'year'
  >,
): string {
  const place = figure.ownerOrgnr ? `owner:${figure.ownerOrgnr}` : `m:${figure.municipalityNumber}`;
  return [figure.indicatorId, place, figure.sector ?? '*', figure.year].join('|');
}

/** The plan's indicators that come as figures (statistics and distance); the others do not. */
export function figureIndicators(rules: Pick<PlanRules, 'indicators'>) {
  return rules.indicators.filter((i) => i.kind === 'STATISTIC' || i.kind === 'DISTANCE');
}

export function validateIndicatorFigure(
  figure: IndicatorFigureRecord,
  context: IndicatorFigureContext,
): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const indicator = context.rules.indicators.find((i) => i.id === figure.indicatorId);
  if (!indicator) {
    problems.push(
      registerProblem(
        'REG_INDICATOR_UNKNOWN',
        ['indicatorId'],
        `Planen har ingen indikator «${figure.indicatorId}».`,
        `The plan has no indicator "${figure.indicatorId}".`,
      ),
    );
  } else if (indicator.kind !== 'STATISTIC' && indicator.kind !== 'DISTANCE') {
    problems.push(
      registerProblem(
        'REG_INDICATOR_NOT_A_FIGURE',
        ['indicatorId'],
        `«${indicator.label.nb}» er ikke et tall i kunnskapsgrunnlaget: den vurderes i hver behovsmelding.`,
        `"${indicator.label.en}" is not a figure of the knowledge base: it is assessed per statement.`,
      ),
    );
  }
  const hasMunicipality = figure.municipalityNumber !== null;
  const hasOwner = figure.ownerOrgnr !== null;
  if (hasMunicipality === hasOwner) {
    problems.push(
      registerProblem(
        'REG_FIGURE_PLACE',
        ['municipalityNumber'],
        'Et tall gjelder enten én kommune eller én eier: velg den ene.',
        'A figure is for either one municipality or one owner: choose one.',
      ),
    );
  } else if (hasMunicipality && !context.municipalityNumbers.has(figure.municipalityNumber!)) {
    problems.push(
      registerProblem(
        'REG_MUNICIPALITY_UNKNOWN',
        ['municipalityNumber'],
        `Kommunenummeret ${figure.municipalityNumber} hører ikke til fylket.`,
        `The municipality number ${figure.municipalityNumber} is not in the county.`,
      ),
    );
  } else if (hasOwner && !context.ownerOrgnrs.has(figure.ownerOrgnr!)) {
    problems.push(
      registerProblem(
        'REG_OWNER_UNKNOWN',
        ['ownerId'],
        `Eieren ${figure.ownerOrgnr} finnes ikke i registeret.`,
        `The owner ${figure.ownerOrgnr} is not in the register.`,
      ),
    );
  }
  if (figure.sector !== null && !context.rules.sectors.includes(figure.sector)) {
    const label = SECTOR_LABELS[figure.sector] ?? { nb: figure.sector, en: figure.sector };
    problems.push(
      registerProblem(
        'REG_SECTOR_NOT_IN_PLAN',
        ['sector'],
        `Planen har ikke sektoren ${label.nb}.`,
        `The plan has no sector ${label.en}.`,
      ),
    );
  }
  problems.push(...checkYear(figure.year, ['year'], { nb: 'året', en: 'the year' }));
  if (!Number.isFinite(figure.value) || figure.value < 0) {
    problems.push(
      registerProblem(
        'REG_FIGURE_VALUE_INVALID',
        ['value'],
        'Tallet må være null eller større.',
        'The figure must be zero or more.',
      ),
    );
  }
  problems.push(
    ...checkText(
      figure.source,
      ['source'],
      { nb: 'kilden', en: 'the source' },
      REGISTER_TEXT_LIMITS.source,
    ),
  );
  if (context.takenKeys.has(indicatorFigureKey(figure))) {
    problems.push(
      registerProblem(
        'REG_FIGURE_DUPLICATE',
        ['year'],
        'Det finnes allerede et tall for denne indikatoren, dette stedet, denne sektoren og dette året.',
        'A figure for this indicator, place, sector and year already exists.',
      ),
    );
  }
  return problems;
}
