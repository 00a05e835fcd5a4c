import type { PlanRules } from '../plan/plan.schema.js';
import {
  figureIndicators,
  indicatorFigureKey,
  validateIndicatorFigure,
  type IndicatorFigureRecord,
} from '../register/indicator-figure-record.js';
import { comparableText } from '../register/register-problem.js';
import {
  atRow,
  sortProblems,
  summarise,
  type ImportPlan,
  type PlannedChange,
} from './import-plan.js';
import { resolveMunicipality } from './register-extract.js';
import {
  importProblem,
  isBlankRow,
  labelsOf,
  matchColumns,
  readOrgnr,
  readSector,
  RowReader,
  type ColumnSpec,
  type Table,
} from './table.js';

export type IndicatorColumn =
  'municipality' | 'ownerOrgnr' | 'indicator' | 'sector' | 'year' | 'value' | 'source';

/** The columns of an indicator table: one figure per row. */
export const INDICATOR_TABLE_COLUMNS: readonly ColumnSpec<IndicatorColumn>[] = [
  { key: 'municipality', labels: ['Kommunenummer', 'Kommunenr', 'Kommune nr', 'Kommune'] },
  {
    key: 'ownerOrgnr',
    labels: ['Eiers organisasjonsnummer', 'Eier organisasjonsnummer', 'Eiers orgnr', 'Eier orgnr'],
  },
  { key: 'indicator', labels: ['Indikator'], required: true },
  { key: 'sector', labels: ['Sektor'] },
  { key: 'year', labels: ['År', 'Årstall'], required: true },
  { key: 'value', labels: ['Verdi', 'Tall'], required: true },
  { key: 'source', labels: ['Kilde'] },
];

const LABELS = labelsOf(INDICATOR_TABLE_COLUMNS);

const FIELD: Record<string, IndicatorColumn> = {
  indicatorId: 'indicator',
  municipalityNumber: 'municipality',
  ownerId: 'ownerOrgnr',
  sector: 'sector',
  year: 'year',
  value: 'value',
  source: 'source',
};

export interface IndicatorSnapshot {
  rules: Pick<PlanRules, 'indicators' | 'sectors'>;
  municipalities: readonly { number: string; name: string }[];
  ownerOrgnrs: ReadonlySet<string>;
  figures: readonly (IndicatorFigureRecord & { id: string })[];
}

export interface IndicatorImportPlan extends ImportPlan {
  figures: PlannedChange<IndicatorFigureRecord>[];
}

/**
 * What an indicator table would change: figures keyed by indicator, place, sector and year (a
 * figure already registered gets the new value and source). The indicator may be written as the
 * plan's id or its Norwegian name; a row without a source gets `defaultSource`.
 */
export function planIndicatorImport(
  table: Table,
  snapshot: IndicatorSnapshot,
  defaultSource: string,
): IndicatorImportPlan {
  const { columns, problems } = matchColumns(table, INDICATOR_TABLE_COLUMNS);
  const plan: IndicatorImportPlan = { figures: [], problems, summary: [], rows: 0 };
  if (
    columns.index.municipality === undefined &&
    columns.index.ownerOrgnr === undefined &&
    problems.every((p) => p.code !== 'IMPORT_EMPTY')
  ) {
    problems.push(
      importProblem(
        1,
        LABELS.municipality,
        'municipality',
        'IMPORT_COLUMN_MISSING',
        `Filen må ha kolonnen «${LABELS.municipality}» eller «${LABELS.ownerOrgnr}».`,
        `The file needs the column "${LABELS.municipality}" or "${LABELS.ownerOrgnr}".`,
      ),
    );
  }
  if (problems.some((p) => p.code !== 'IMPORT_COLUMN_TWICE')) return plan;

  const indicators = figureIndicators(snapshot.rules);
  const municipalityNumbers = new Set(snapshot.municipalities.map((m) => m.number));
  const existing = new Map(snapshot.figures.map((f) => [indicatorFigureKey(f), f]));
  const fileKeys = new Map<string, number>();
  const indicatorNames = indicators.map((i) => `«${i.label.nb}»`).join(', ');

  for (let r = 1; r < table.length; r++) {
    const cells = table[r] ?? [];
    if (isBlankRow(cells)) continue;
    plan.rows += 1;
    const row = new RowReader(cells, r + 1, columns, LABELS);
    const indicatorId = row.parsed(
      'indicator',
      (_cell, text) =>
        snapshot.rules.indicators.find(
          (i) => i.id === text || comparableText(i.label.nb) === comparableText(text),
        )?.id,
      { nb: `en av planens indikatorer: ${indicatorNames}`, en: "one of the plan's indicators" },
      { required: true },
    );
    const municipality = row.text('municipality');
    const ownerOrgnr = row.parsed('ownerOrgnr', readOrgnr, {
      nb: 'ni siffer',
      en: 'nine digits',
    });
    const sector = row.parsed('sector', readSector, {
      nb: '«barnehage», «skole» eller «laget rundt barnet», eller la feltet stå tomt',
      en: 'kindergarten, school or team around the child, or leave it empty',
    });
    const year = row.integer('year', { required: true });
    const value = row.decimal('value', { required: true });
    const source = row.text('source') ?? defaultSource;
    plan.problems.push(...row.problems);
    if (indicatorId === null || year === null || value === null || row.problems.length > 0) {
      continue;
    }
    const record: IndicatorFigureRecord = {
      indicatorId,
      municipalityNumber: municipality
        ? resolveMunicipality(municipality, snapshot.municipalities)
        : null,
      ownerOrgnr,
      sector,
      year,
      value,
      source,
    };
    const key = indicatorFigureKey(record);
    const first = fileKeys.get(key);
    if (first !== undefined) {
      plan.problems.push(
        importProblem(
          row.rowNumber,
          row.header('year'),
          'year',
          'IMPORT_ROW_REPEATED',
          `Rad ${first} har allerede et tall for samme indikator, sted, sektor og år.`,
          `Row ${first} already has a figure for the same indicator, place, sector and year.`,
        ),
      );
      continue;
    }
    fileKeys.set(key, row.rowNumber);
    const match = existing.get(key);
    const figureProblems = validateIndicatorFigure(record, {
      rules: snapshot.rules,
      municipalityNumbers,
      ownerOrgnrs: snapshot.ownerOrgnrs,
      takenKeys: new Set(),
    });
    plan.problems.push(
      ...atRow(figureProblems, row.rowNumber, (path) => {
        const column = FIELD[String(path[0])];
        return column ? { key: column, header: row.header(column) } : null;
      }),
    );
    plan.figures.push({
      action: !match
        ? 'CREATE'
        : match.value === record.value && match.source === record.source
          ? 'UNCHANGED'
          : 'UPDATE',
      id: match?.id ?? null,
      row: row.rowNumber,
      record,
    });
  }
  plan.problems = sortProblems(plan.problems);
  plan.summary = [summarise('INDICATOR_FIGURE', plan.figures)];
  return plan;
}
