import { describe, expect, it } from 'vitest';
import { generateDemoRound } from '../demo/demo-round.js';
import type { NeedsStatement } from '../needs-statement/needs-statement.schema.js';
import { validateNeedsStatement } from '../needs-statement/validate-needs-statement.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import { resolvePlanVersion } from '../plan/plan-version.js';
import {
  needsStatementTemplate,
  readNeedsStatementTemplate,
  TEMPLATE_COLUMNS,
  themeCodes,
  type NeedsStatementTemplate,
  type TemplateStatement,
} from './needs-statement-template.js';
import type { Cell } from './table.js';

const plan = resolvePlanVersion(TROMS_PLAN_2026_2029, TROMS_PLAN_2026_2029.versions[0]!.id);
const YEAR = 2027;
const template = needsStatementTemplate(plan.rules, {
  roundYear: YEAR,
  countyName: 'Statsforvalteren i Troms',
  partnershipNames: ['Senja-nettverket', 'Nord-Troms'],
});

/** The template's sheet as a person fills it: label, value, hint and key per row. */
function sheet(t: NeedsStatementTemplate, values: Record<string, Cell>): Cell[][] {
  return t.lines.map((line) => {
    const row: Cell[] = [];
    if (line.kind === 'field') {
      row[TEMPLATE_COLUMNS.label] = line.field.label;
      row[TEMPLATE_COLUMNS.value] = values[line.field.key] ?? null;
      row[TEMPLATE_COLUMNS.hint] = line.field.hint ?? null;
      row[TEMPLATE_COLUMNS.key] = line.field.key;
    } else {
      row[0] = line.text;
    }
    return row;
  });
}

/** A demo statement's answers in the template's cells. */
function answers(ns: NeedsStatement): Record<string, Cell> {
  const codes = themeCodes(plan.rules);
  const values: Record<string, Cell> = {
    partnership: 'Senja-nettverket',
    title: 'Lesing i hele Senja',
    sector: { KINDERGARTEN: 'Barnehage', SCHOOL: 'Skole', TEAM_AROUND_CHILD: 'Laget rundt barnet' }[
      ns.sector!
    ],
    themeId: `${codes.find((c) => c.themeId === ns.themeId && c.depth === 0)!.code} ${'tittel'}`,
    themeItemIds: ns.themeItemIds.map((id) => codes.find((c) => c.itemId === id)!.code).join(', '),
    localNeeds: ns.localNeeds,
    durationYears: ns.durationYears ?? null,
    'ownContribution.description': ns.ownContribution.description,
    samiPerspectives: ns.samiPerspectives,
    collectiveLearning: ns.collectiveLearning,
    teacherEducationFeedback: ns.teacherEducationFeedback,
    'coordinator.requested': 'Nei',
    'continuation.continuesEarlierWork': 'Nei',
    'participants.kindergartenStaff': 'Ja',
    'participants.schoolStaff': 'Ja',
    'participants.otherServices': ns.sector === 'TEAM_AROUND_CHILD' ? 'PPT, Helsestasjon' : '',
    contactName: 'Kari Nordmann',
    contactEmail: 'kari@senja.kommune.no',
  };
  const goalCode = new Map<string, string>();
  ns.goals.longTerm.forEach((g, k) => {
    values[`goals.longTerm.${k}`] = g.text;
    goalCode.set(g.id, `L${k + 1}`);
  });
  ns.goals.subGoals.forEach((g, k) => {
    values[`goals.subGoals.${k}`] = g.text;
    goalCode.set(g.id, `D${k + 1}`);
  });
  ns.measures.forEach((m, k) => {
    values[`measures.${k}.kind`] = {
      ANALYSE: 'Analysere og vurdere',
      PLAN: 'Planlegge',
      CARRY_OUT: 'Gjennomføre',
    }[m.kind];
    values[`measures.${k}.description`] = m.description;
    values[`measures.${k}.goals`] = m.goalIds.map((id) => goalCode.get(id)).join(', ');
  });
  ns.budget.forEach((b) => {
    values[`budget.${b.year - YEAR}.owner`] = b.owner;
    values[`budget.${b.year - YEAR}.institution`] = String(b.institution);
  });
  return values;
}

function asStatement(read: TemplateStatement, ns: NeedsStatement) {
  return {
    id: 'imported',
    roundYear: YEAR,
    partnership: ns.partnership,
    ...(read.sector ? { sector: read.sector } : {}),
    ...(read.themeId ? { themeId: read.themeId } : {}),
    themeItemIds: read.themeItemIds,
    localNeeds: read.localNeeds,
    goals: read.goals,
    measures: read.measures,
    ...(read.durationYears !== null ? { durationYears: read.durationYears } : {}),
    budget: read.budget.map((b) => ({ ...b, total: b.owner + b.institution })),
    ownContribution: { description: read.ownContribution.description },
    samiPerspectives: read.samiPerspectives,
    collectiveLearning: read.collectiveLearning,
    teacherEducationFeedback: read.teacherEducationFeedback,
    ...(read.coordinator ? { coordinator: read.coordinator } : {}),
    ...(read.continuation
      ? {
          continuation: {
            workId: 'w',
            continuesEarlierWork: read.continuation.continuesEarlierWork,
          },
        }
      : {}),
    ...(read.participants ? { participants: read.participants } : {}),
  };
}

describe('the needs-statement template', () => {
  const demo = generateDemoRound({ seed: 11, statements: 6, year: YEAR });

  it('has a row for every part of rule 11, a budget row per year the plan allows, and the plan’s lists', () => {
    const keys = template.lines.flatMap((l) => (l.kind === 'field' ? [l.field.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of [
      'sector',
      'themeId',
      'localNeeds',
      'goals.longTerm.0',
      'goals.subGoals.0',
      'measures.0.kind',
      'durationYears',
      'budget.2.institution',
      'ownContribution.description',
      'samiPerspectives',
      'collectiveLearning',
      'teacherEducationFeedback',
      'coordinator.requested',
      'continuation.continuesEarlierWork',
      'participants.otherServices',
    ]) {
      expect(keys).toContain(key);
    }
    expect(keys).not.toContain('budget.3.owner');
    expect(template.lists.find((l) => l.key === 'partnerships')?.values).toEqual([
      'Senja-nettverket',
      'Nord-Troms',
    ]);
    expect(template.lists.find((l) => l.key === 'themes')?.values[0]).toBe(
      'B1 Trygt og godt barnehagemiljø',
    );
  });

  it('reads a filled template back into a statement the form’s rules accept', () => {
    for (const ns of demo.needsStatements) {
      const reading = readNeedsStatementTemplate(sheet(template, answers(ns)), template);
      expect(reading.problems).toEqual([]);
      expect(reading.statement.partnershipName).toBe('Senja-nettverket');
      expect(reading.statement.themeItemIds).toEqual(ns.themeItemIds);
      expect(reading.statement.budget.map((b) => b.year)).toEqual(ns.budget.map((b) => b.year));
      expect(validateNeedsStatement(asStatement(reading.statement, ns), { plan })).toEqual([]);
    }
  });

  it('names the cell of a value it cannot read, and where a rule’s problem lies', () => {
    const ns = demo.needsStatements[0]!;
    const filled = answers(ns);
    filled['budget.0.owner'] = 'mye';
    filled['samiPerspectives'] = '';
    filled['measures.1.kind'] = 'Drømme';
    for (let k = 0; k < 5; k++)
      filled[`goals.longTerm.${k}`] = k === 2 ? 'Bedre leseferdigheter' : '';
    const table = sheet(template, filled);
    // A person inserted a row of their own above the goals: keys still find every value.
    table.splice(8, 0, ['Min egen merknad', 'tekst']);
    const reading = readNeedsStatementTemplate(table, template);
    const rowOfKey = (key: string) => table.findIndex((r) => r[TEMPLATE_COLUMNS.key] === key) + 1;
    expect(reading.problems.map((p) => [p.row, p.code])).toEqual([
      [rowOfKey('measures.1.kind'), 'IMPORT_VALUE_UNREADABLE'],
      [rowOfKey('budget.0.owner'), 'IMPORT_VALUE_UNREADABLE'],
    ]);
    expect(reading.problems[1]!.column).toBe(`B (Budsjett ${YEAR}: eier (kr))`);
    expect(reading.problems[1]!.message.nb).toBe(
      `«mye» i «Budsjett ${YEAR}: eier (kr)» kan ikke leses: skriv hele kroner, for eksempel 250 000.`,
    );
    const problems = validateNeedsStatement(asStatement(reading.statement, ns), { plan });
    const sami = problems.find((p) => p.path[0] === 'samiPerspectives');
    expect(sami && reading.locate(sami.path)).toEqual({
      row: rowOfKey('samiPerspectives'),
      column: 'B (Hvordan samiske perspektiver ivaretas)',
    });
    expect(reading.locate(['budget', 1, 'total'])?.row).toBe(rowOfKey('budget.1.owner'));
    expect(reading.locate(['goals', 'longTerm', 0, 'text'])?.row).toBe(
      rowOfKey('goals.longTerm.2'),
    );
    expect(reading.locate(['measures', 0, 'goalIds', 1])?.row).toBe(rowOfKey('measures.0.goals'));
    expect(reading.locate([])).toBeNull();
  });

  it('finds rows by their label when the key column is gone', () => {
    const ns = demo.needsStatements[1]!;
    const table = sheet(template, answers(ns)).map((row) => row.slice(0, 3));
    const reading = readNeedsStatementTemplate(table, template);
    expect(reading.problems).toEqual([]);
    expect(reading.statement.title).toBe('Lesing i hele Senja');
  });
});
