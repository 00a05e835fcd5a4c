import type { PlanRules, ThemeItem } from '../plan/plan.schema.js';
import { SECTOR_LABELS, type Sector } from '../plan/sector.js';
import { comparableText } from '../register/register-problem.js';
import {
  cellText,
  importProblem,
  normaliseHeader,
  readDecimal,
  readInteger,
  readSector,
  readYesNo,
  type Cell,
  type ImportProblem,
  type Table,
} from './table.js';

// The office's xlsx template for needs statements (the plan's 1 December milestone): one sheet
// with a label, a value and a hint per row, and a hidden column with each row's key, so a filled
// template is read by key whatever rows a person inserted. Lists (partnerships, themes, choices)
// go on sheets of their own. The same layout writes the template and reads it back.

/** Column positions on the statement sheet (0-based). */
export const TEMPLATE_COLUMNS = { label: 0, value: 1, hint: 2, key: 3 } as const;
export const TEMPLATE_SHEET = 'Behovsmelding';
export const TEMPLATE_THEMES_SHEET = 'Temaer';
export const TEMPLATE_LISTS_SHEET = 'Lister';

export type TemplateValueKind = 'text' | 'longText' | 'integer' | 'kroner' | 'yesNo' | 'choice';

export interface TemplateField {
  key: string;
  label: string;
  hint?: string;
  kind: TemplateValueKind;
  /** For a choice: the list (on the lists sheet) its value comes from. */
  list?: string;
  required?: boolean;
}

export type TemplateLine =
  | { kind: 'title'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'field'; field: TemplateField };

export interface TemplateList {
  key: string;
  title: string;
  values: readonly string[];
}

/** A theme or theme item with the short code the template uses for it. */
export interface ThemeCode {
  code: string;
  sector: Sector;
  themeId: string;
  /** The item's id; absent for the theme itself. */
  itemId?: string;
  title: string;
  depth: number;
}

export interface NeedsStatementTemplate {
  roundYear: number;
  lines: TemplateLine[];
  lists: TemplateList[];
  themes: ThemeCode[];
  /** The plan's coordinator conditions with their codes (K1, K2, …). */
  conditions: { code: string; id: string; label: string }[];
}

export const TEMPLATE_GOALS = { longTerm: 5, subGoals: 8 } as const;
export const TEMPLATE_MEASURES = 6;

const SECTOR_LETTER: Record<Sector, string> = {
  KINDERGARTEN: 'B',
  SCHOOL: 'S',
  TEAM_AROUND_CHILD: 'L',
};
const MEASURE_KIND_LABELS = {
  ANALYSE: 'Analysere og vurdere',
  PLAN: 'Planlegge',
  CARRY_OUT: 'Gjennomføre',
} as const;
type MeasureKind = keyof typeof MEASURE_KIND_LABELS;
const OFF_THEME = 'Utenfor temaene';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Every theme and item of the plan with its code: B1 (theme), B1.2 (item), B1.2.1 (sub-item). */
export function themeCodes(rules: Pick<PlanRules, 'themes' | 'sectors'>): ThemeCode[] {
  const codes: ThemeCode[] = [];
  for (const sectorThemes of rules.themes) {
    if (!rules.sectors.includes(sectorThemes.sector)) continue;
    const themes = [...sectorThemes.themes].sort((a, b) => a.rank - b.rank);
    for (const theme of themes) {
      const code = `${SECTOR_LETTER[sectorThemes.sector]}${theme.rank}`;
      codes.push({
        code,
        sector: sectorThemes.sector,
        themeId: theme.id,
        title: theme.title.nb,
        depth: 0,
      });
      const visit = (items: readonly ThemeItem[], prefix: string, depth: number) => {
        items.forEach((item, k) => {
          const itemCode = `${prefix}.${k + 1}`;
          codes.push({
            code: itemCode,
            sector: sectorThemes.sector,
            themeId: theme.id,
            itemId: item.id,
            title: item.title.nb,
            depth,
          });
          if (item.items) visit(item.items, itemCode, depth + 1);
        });
      };
      visit(theme.items, code, 1);
    }
  }
  return codes;
}

/** The template of a round: what the office hands out on 1 December. */
export function needsStatementTemplate(
  rules: PlanRules,
  options: { roundYear: number; countyName: string; partnershipNames: readonly string[] },
): NeedsStatementTemplate {
  const { roundYear } = options;
  const themes = themeCodes(rules);
  const conditions = rules.coordinator.conditions.map((c, k) => ({
    code: `K${k + 1}`,
    id: c.id,
    label: c.label.nb,
  }));
  const maxYears = rules.durations.maxYears;
  const lists: TemplateList[] = [
    { key: 'partnerships', title: 'Partnerskap', values: [...options.partnershipNames] },
    {
      key: 'sectors',
      title: 'Sektor',
      values: rules.sectors.map((s) => capitalised(SECTOR_LABELS[s].nb)),
    },
    {
      key: 'themes',
      title: 'Tema',
      values: [
        ...themes.filter((t) => t.depth === 0).map((t) => `${t.code} ${t.title}`),
        OFF_THEME,
      ],
    },
    { key: 'yesNo', title: 'Ja/nei', values: ['Ja', 'Nei'] },
    { key: 'measureKinds', title: 'Type tiltak', values: Object.values(MEASURE_KIND_LABELS) },
    {
      key: 'durations',
      title: 'Varighet',
      values: Array.from({ length: maxYears }, (_, k) => String(k + 1)),
    },
    {
      key: 'conditions',
      title: 'Vilkår for koordinator',
      values: conditions.map((c) => `${c.code} ${c.label}`),
    },
  ];
  const field = (f: TemplateField): TemplateLine => ({ kind: 'field', field: f });
  const lines: TemplateLine[] = [
    { kind: 'title', text: `Behovsmelding for ${roundYear} – ${options.countyName}` },
    {
      kind: 'note',
      text: 'Fyll ut kolonne B. Ikke endre kolonne A eller flytt verdiene til andre kolonner. Beløp i hele kroner.',
    },
    { kind: 'heading', text: 'Partnerskap og arbeid' },
    field({
      key: 'partnership',
      label: 'Partnerskap',
      kind: 'choice',
      list: 'partnerships',
      required: true,
      hint: 'Velg partnerskapet som sender behovsmeldingen.',
    }),
    field({ key: 'title', label: 'Tittel på utviklingsarbeidet', kind: 'text', required: true }),
    field({ key: 'sector', label: 'Sektor', kind: 'choice', list: 'sectors' }),
    field({
      key: 'themeId',
      label: 'Tema',
      kind: 'choice',
      list: 'themes',
      hint: `Se arket «${TEMPLATE_THEMES_SHEET}». Arbeid utenfor temaene kan også meldes.`,
    }),
    field({
      key: 'themeItemIds',
      label: 'Underpunkter',
      kind: 'text',
      hint: `Kodene fra arket «${TEMPLATE_THEMES_SHEET}», skilt med komma, for eksempel B1.2, B1.5.`,
    }),
    field({ key: 'localNeeds', label: 'Lokale behov', kind: 'longText' }),
    { kind: 'heading', text: 'Mål' },
    ...Array.from({ length: TEMPLATE_GOALS.longTerm }, (_, k) =>
      field({
        key: `goals.longTerm.${k}`,
        label: `Langsiktig mål L${k + 1}`,
        kind: 'longText',
        ...(k === 0 ? { hint: 'Ett mål per rad. Tomme rader hoppes over.' } : {}),
      }),
    ),
    ...Array.from({ length: TEMPLATE_GOALS.subGoals }, (_, k) =>
      field({
        key: `goals.subGoals.${k}`,
        label: `Delmål D${k + 1}`,
        kind: 'longText',
        ...(k === 0 ? { hint: 'Delmål som er konkrete nok til å vurdere.' } : {}),
      }),
    ),
    { kind: 'heading', text: 'Tiltak' },
    ...Array.from({ length: TEMPLATE_MEASURES }, (_, k) => [
      field({
        key: `measures.${k}.kind`,
        label: `Tiltak T${k + 1}: type`,
        kind: 'choice',
        list: 'measureKinds',
      }),
      field({
        key: `measures.${k}.description`,
        label: `Tiltak T${k + 1}: beskrivelse`,
        kind: 'longText',
      }),
      field({
        key: `measures.${k}.goals`,
        label: `Tiltak T${k + 1}: mål det henger sammen med`,
        kind: 'text',
        hint: 'Målenes koder, for eksempel L1, D2.',
      }),
    ]).flat(),
    { kind: 'heading', text: 'Varighet og budsjett' },
    field({
      key: 'durationYears',
      label: 'Varighet (år)',
      kind: 'choice',
      list: 'durations',
      hint: `1–${maxYears} år, fra ${roundYear}.`,
    }),
    ...Array.from({ length: maxYears }, (_, k) => [
      field({
        key: `budget.${k}.owner`,
        label: `Budsjett ${roundYear + k}: eier (kr)`,
        kind: 'kroner',
      }),
      field({
        key: `budget.${k}.institution`,
        label: `Budsjett ${roundYear + k}: kompetansemiljø (kr)`,
        kind: 'kroner',
      }),
      field({
        key: `budget.${k}.coordinator`,
        label: `Budsjett ${roundYear + k}: av dette til koordinator (kr)`,
        kind: 'kroner',
        hint: 'Del av eierens beløp; 0 når det ikke søkes om koordinator.',
      }),
    ]).flat(),
    { kind: 'heading', text: 'Egeninnsats' },
    field({
      key: 'ownContribution.description',
      label: 'Eiers egeninnsats',
      kind: 'longText',
      hint: 'Penger, frikjøpt tid, møter, analyse …',
    }),
    field({
      key: 'ownContribution.amount',
      label: 'Egeninnsats i kroner (valgfritt)',
      kind: 'kroner',
    }),
    { kind: 'heading', text: 'Innhold' },
    field({
      key: 'samiPerspectives',
      label: 'Hvordan samiske perspektiver ivaretas',
      kind: 'longText',
    }),
    field({
      key: 'collectiveLearning',
      label: 'Hvordan arbeidet er kollektivt (profesjonsfellesskap)',
      kind: 'longText',
    }),
    field({
      key: 'teacherEducationFeedback',
      label: 'Hvordan kompetansemiljøet tar erfaringene inn i lærerutdanningen',
      kind: 'longText',
    }),
    { kind: 'heading', text: 'Koordinator' },
    field({
      key: 'coordinator.requested',
      label: 'Søker om koordinator',
      kind: 'yesNo',
      list: 'yesNo',
    }),
    field({
      key: 'coordinator.conditions',
      label: 'Vilkår for koordinator',
      kind: 'text',
      hint: `Kodene fra arket «${TEMPLATE_LISTS_SHEET}», skilt med komma, for eksempel K1.`,
    }),
    field({
      key: 'coordinator.justification',
      label: 'Begrunnelse for koordinator',
      kind: 'longText',
    }),
    field({
      key: 'coordinator.otherComplexityFactors',
      label: 'Andre forhold som gjør arbeidet komplekst',
      kind: 'longText',
    }),
    { kind: 'heading', text: 'Videreføring' },
    field({
      key: 'continuation.continuesEarlierWork',
      label: 'Viderefører et tidligere utviklingsarbeid',
      kind: 'yesNo',
      list: 'yesNo',
    }),
    field({
      key: 'workId',
      label: 'Id for det tidligere utviklingsarbeidet',
      kind: 'text',
      hint: 'Bare ved videreføring: id-en statsforvalteren har gitt arbeidet.',
    }),
    { kind: 'heading', text: 'Deltakere' },
    field({
      key: 'participants.kindergartenStaff',
      label: 'Barnehageansatte deltar',
      kind: 'yesNo',
      list: 'yesNo',
    }),
    field({
      key: 'participants.schoolStaff',
      label: 'Skoleansatte deltar',
      kind: 'yesNo',
      list: 'yesNo',
    }),
    field({
      key: 'participants.otherServices',
      label: 'Andre tjenester som deltar',
      kind: 'text',
      hint: `Skilt med komma, for eksempel ${rules.teamAroundChild.otherServices
        .slice(0, 2)
        .map((s) => s.nb)
        .join(', ')}.`,
    }),
    { kind: 'heading', text: 'Kontaktperson' },
    field({ key: 'contactName', label: 'Navn', kind: 'text' }),
    field({ key: 'contactEmail', label: 'E-post', kind: 'text' }),
  ];
  return { roundYear, lines, lists, themes, conditions };
}

/** A filled template as the needs statement's fields (the API's input shape). */
export interface TemplateStatement {
  partnershipName: string | null;
  title: string;
  workId: string | null;
  sector: Sector | null;
  themeId: string | null;
  themeItemIds: string[];
  localNeeds: string;
  goals: { longTerm: { id: string; text: string }[]; subGoals: { id: string; text: string }[] };
  measures: { id: string; kind: MeasureKind; description: string; goalIds: string[] }[];
  durationYears: number | null;
  budget: { year: number; owner: number; institution: number; coordinator: number }[];
  ownContribution: { description: string; amount: number | null };
  samiPerspectives: string;
  collectiveLearning: string;
  teacherEducationFeedback: string;
  coordinator: {
    requested: boolean;
    justification: string;
    conditionIds: string[];
    otherComplexityFactors: string;
  } | null;
  continuation: { continuesEarlierWork: boolean } | null;
  participants: {
    kindergartenStaff: boolean;
    schoolStaff: boolean;
    otherServices: string[];
  } | null;
  contactName: string | null;
  contactEmail: string | null;
}

export interface TemplateReading {
  statement: TemplateStatement;
  /** Values the template could not read, at their row and column. */
  problems: ImportProblem[];
  /** Where a problem of the statement (by its domain path) is in the file: row and label. */
  locate(path: readonly (string | number)[]): { row: number; column: string } | null;
}

const VALUE_COLUMN = 'B';

/**
 * Reads a filled template (the statement sheet as rows). Rows are found by the hidden key column,
 * or by their label when a person removed the keys. Blank goal, measure and budget rows are left
 * out; the statement is then checked by the same rules as the form (validateNeedsStatement).
 */
export function readNeedsStatementTemplate(
  sheet: Table,
  template: NeedsStatementTemplate,
): TemplateReading {
  const fields = template.lines.flatMap((l) => (l.kind === 'field' ? [l.field] : []));
  const byLabel = new Map(fields.map((f) => [normaliseHeader(f.label), f]));
  const keys = new Set(fields.map((f) => f.key));
  const rowOf = new Map<string, number>();
  const cellOf = new Map<string, Cell>();
  sheet.forEach((cells, index) => {
    const keyText = cellText(cells[TEMPLATE_COLUMNS.key]);
    const field = keys.has(keyText)
      ? fields.find((f) => f.key === keyText)
      : byLabel.get(normaliseHeader(cellText(cells[TEMPLATE_COLUMNS.label])));
    if (!field || rowOf.has(field.key)) return;
    rowOf.set(field.key, index + 1);
    cellOf.set(field.key, cells[TEMPLATE_COLUMNS.value] ?? null);
  });
  const problems: ImportProblem[] = [];
  const labelOf = new Map(fields.map((f) => [f.key, f.label]));
  const complain = (key: string, nb: string, en: string, code = 'IMPORT_VALUE_UNREADABLE') => {
    problems.push(
      importProblem(
        rowOf.get(key) ?? null,
        `${VALUE_COLUMN} (${labelOf.get(key)})`,
        key,
        code,
        nb,
        en,
      ),
    );
  };
  const text = (key: string) => cellText(cellOf.get(key) ?? null);
  const unreadable = (key: string, nb: string, en: string) =>
    complain(
      key,
      `«${text(key)}» i «${labelOf.get(key)}» kan ikke leses: skriv ${nb}.`,
      `"${text(key)}" in "${labelOf.get(key)}" cannot be read: write ${en}.`,
    );
  const integer = (key: string): number | null => {
    const t = text(key);
    if (t === '') return null;
    const value = readInteger(cellOf.get(key) ?? null, t);
    if (value === undefined) {
      // A spreadsheet may store 250000 as 250000.0; a decimal that is whole is read as whole.
      const decimal = readDecimal(cellOf.get(key) ?? null, t);
      if (decimal !== undefined && Number.isSafeInteger(decimal)) return decimal;
      unreadable(key, 'hele kroner, for eksempel 250 000', 'whole kroner, e.g. 250 000');
      return null;
    }
    return value;
  };
  const yesNo = (key: string): boolean | null => {
    const t = text(key);
    if (t === '') return null;
    const value = readYesNo(cellOf.get(key) ?? null, t);
    if (value === undefined) unreadable(key, '«Ja» eller «Nei»', '"Ja" (yes) or "Nei" (no)');
    return value ?? null;
  };
  const list = (key: string) =>
    text(key)
      .split(/[,;\n]+/)
      .map((p) => p.trim())
      .filter((p) => p !== '');

  for (const field of fields) {
    if (field.required && text(field.key) === '') {
      complain(
        field.key,
        `«${field.label}» er ikke fylt ut.`,
        `"${field.label}" is not filled in.`,
        'IMPORT_VALUE_REQUIRED',
      );
    }
  }

  let sector: Sector | null = null;
  if (text('sector') !== '') {
    sector = readSector(cellOf.get('sector') ?? null, text('sector')) ?? null;
    if (!sector) unreadable('sector', 'en sektor fra listen', 'a sector from the list');
  }
  const themeByCode = new Map(template.themes.map((t) => [t.code.toLowerCase(), t]));
  let themeId: string | null = null;
  const themeText = text('themeId');
  if (themeText !== '' && comparableText(themeText) !== comparableText(OFF_THEME)) {
    const code = themeText.split(/\s+/)[0]?.toLowerCase() ?? '';
    const theme =
      themeByCode.get(code) ??
      template.themes.find(
        (t) =>
          t.depth === 0 &&
          (t.themeId === themeText || comparableText(t.title) === comparableText(themeText)),
      );
    if (theme && theme.depth === 0) themeId = theme.themeId;
    else unreadable('themeId', 'et tema fra listen', 'a theme from the list');
  }
  const themeItemIds = list('themeItemIds').map((code) => {
    const found = themeByCode.get(code.toLowerCase());
    return found?.itemId ?? code;
  });

  const goals = (kind: 'longTerm' | 'subGoals', prefix: string, count: number) =>
    Array.from({ length: count }, (_, k) => ({ k, text: text(`goals.${kind}.${k}`) }))
      .filter((g) => g.text !== '')
      .map((g) => ({ index: g.k, goal: { id: `${prefix}${g.k + 1}`, text: g.text } }));
  const longTerm = goals('longTerm', 'L', TEMPLATE_GOALS.longTerm);
  const subGoals = goals('subGoals', 'D', TEMPLATE_GOALS.subGoals);

  const kindByLabel = new Map(
    (Object.entries(MEASURE_KIND_LABELS) as [MeasureKind, string][]).map(([kind, label]) => [
      comparableText(label),
      kind,
    ]),
  );
  const measures: { index: number; measure: TemplateStatement['measures'][number] }[] = [];
  for (let k = 0; k < TEMPLATE_MEASURES; k++) {
    const kindText = text(`measures.${k}.kind`);
    const description = text(`measures.${k}.description`);
    const goalRefs = list(`measures.${k}.goals`);
    if (kindText === '' && description === '' && goalRefs.length === 0) continue;
    const kind =
      kindByLabel.get(comparableText(kindText)) ??
      (Object.keys(MEASURE_KIND_LABELS).includes(kindText.toUpperCase())
        ? (kindText.toUpperCase() as MeasureKind)
        : undefined);
    if (!kind) {
      if (kindText === '') {
        complain(
          `measures.${k}.kind`,
          `Velg type for tiltak T${k + 1}.`,
          `Choose the kind of measure T${k + 1}.`,
          'IMPORT_VALUE_REQUIRED',
        );
      } else {
        unreadable(`measures.${k}.kind`, 'en type fra listen', 'a kind from the list');
      }
      continue;
    }
    measures.push({
      index: k,
      measure: {
        id: `T${k + 1}`,
        kind,
        description,
        goalIds: goalRefs.map((g) => g.toUpperCase()),
      },
    });
  }

  const budget: { index: number; year: TemplateStatement['budget'][number] }[] = [];
  for (let k = 0; rowOf.has(`budget.${k}.owner`); k++) {
    const owner = integer(`budget.${k}.owner`);
    const institution = integer(`budget.${k}.institution`);
    const coordinator = integer(`budget.${k}.coordinator`);
    if (owner === null && institution === null && coordinator === null) continue;
    budget.push({
      index: k,
      year: {
        year: template.roundYear + k,
        owner: owner ?? 0,
        institution: institution ?? 0,
        coordinator: coordinator ?? 0,
      },
    });
  }

  const duration = integer('durationYears');
  const requested = yesNo('coordinator.requested');
  const conditionByCode = new Map(template.conditions.map((c) => [c.code.toLowerCase(), c.id]));
  const conditionIds = list('coordinator.conditions').map(
    (c) => conditionByCode.get(c.split(/\s+/)[0]?.toLowerCase() ?? '') ?? c,
  );
  const continues = yesNo('continuation.continuesEarlierWork');
  const kindergartenStaff = yesNo('participants.kindergartenStaff');
  const schoolStaff = yesNo('participants.schoolStaff');
  const otherServices = list('participants.otherServices');
  const ownAmount = integer('ownContribution.amount');

  const statement: TemplateStatement = {
    partnershipName: text('partnership') || null,
    title: text('title'),
    workId: text('workId') || null,
    sector,
    themeId,
    themeItemIds,
    localNeeds: text('localNeeds'),
    goals: { longTerm: longTerm.map((g) => g.goal), subGoals: subGoals.map((g) => g.goal) },
    measures: measures.map((m) => m.measure),
    durationYears: duration,
    budget: budget.map((b) => b.year),
    ownContribution: { description: text('ownContribution.description'), amount: ownAmount },
    samiPerspectives: text('samiPerspectives'),
    collectiveLearning: text('collectiveLearning'),
    teacherEducationFeedback: text('teacherEducationFeedback'),
    coordinator:
      requested === null
        ? null
        : {
            requested,
            justification: text('coordinator.justification'),
            conditionIds,
            otherComplexityFactors: text('coordinator.otherComplexityFactors'),
          },
    continuation: continues === null ? null : { continuesEarlierWork: continues },
    participants:
      kindergartenStaff === null && schoolStaff === null && otherServices.length === 0
        ? null
        : {
            kindergartenStaff: kindergartenStaff ?? false,
            schoolStaff: schoolStaff ?? false,
            otherServices,
          },
    contactName: text('contactName') || null,
    contactEmail: text('contactEmail') || null,
  };

  const indexMaps: Record<string, number[]> = {
    longTerm: longTerm.map((g) => g.index),
    subGoals: subGoals.map((g) => g.index),
    measures: measures.map((m) => m.index),
    budget: budget.map((b) => b.index),
  };
  const locate = (path: readonly (string | number)[]) => {
    const key = templateKey(path, indexMaps);
    for (let n = key.length; n > 0; n--) {
      const prefix = key.slice(0, n).join('.');
      const found = rowOf.has(prefix)
        ? prefix
        : [...rowOf.keys()].find((k) => k.startsWith(`${prefix}.`));
      if (found) {
        return { row: rowOf.get(found)!, column: `${VALUE_COLUMN} (${labelOf.get(found)})` };
      }
    }
    return null;
  };
  return { statement, problems, locate };
}

const RENAMED: Record<string, string> = {
  conditionIds: 'conditions',
  goalIds: 'goals',
  total: 'owner',
};

/** A domain path as the template's key segments, list indexes mapped to the template's rows. */
function templateKey(
  path: readonly (string | number)[],
  indexMaps: Record<string, number[]>,
): string[] {
  if (path[0] === 'partnership') return ['partnership'];
  if (path[0] === 'continuation' && path[1] === 'workId') return ['workId'];
  const out: string[] = [];
  path.forEach((segment, i) => {
    if (typeof segment === 'number') {
      const list = indexMaps[String(path[i - 1])];
      out.push(String(list?.[segment] ?? segment));
      return;
    }
    out.push(RENAMED[segment] ?? segment);
  });
  if (out[0] === 'themeItemIds') return ['themeItemIds'];
  if (out[0] === 'coordinator' && out.length === 1) return ['coordinator', 'requested'];
  if (out[0] === 'budget' && out.length === 1) return ['budget', '0', 'owner'];
  return out;
}
