import 'reflect-metadata';
import {
  isNewcomer,
  resolvePlanVersion,
  validateAnnualReport,
  type CountyPlan,
  type ResolvedPlan,
} from '@kompetansemidler/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentYearInNorway } from '../src/modules/national/national.service.js';
import {
  domainReportFromStored,
  grantForYear,
  reportedStatementOf,
} from '../src/modules/reporting/reporting.mapper.js';
import { AnnualReport } from '../src/modules/reporting/annual-report.entity.js';
import type { TestApi } from '../test/test-server.js';
import type { NationalDimension } from './gql/graphql.js';
import {
  ADDITIVE,
  n,
  startNationalWorld,
  type Figures,
  type NationalWorld,
} from './support/national-statistics.js';

// The national view over HTTP on the demo data (three counties, 2024–2027, with reports). Every
// figure is checked against plain SQL written here, independently of the API's query: decisions'
// own per-year JSON rather than the commitment table, accounts lines rather than report totals.
// This file: the demo data, and the totals. (Groups and input: national-statistics-groups; kept
// answers: national-statistics-cache.)

describe('nationalStatistics on the demo data: the data and its totals', () => {
  let world: NationalWorld;
  let api: TestApi;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    world.sql<T>(text, params);
  const statistics: NationalWorld['statistics'] = (groupBy, filters) =>
    world.statistics(groupBy, filters);

  beforeAll(async () => {
    world = await startNationalWorld();
    ({ api } = world);
  });

  afterAll(() => api.close());

  describe('the demo data', () => {
    // How long the seed takes is the start check's and the bench's business, not a test's.
    it('seeds three counties, each with its own plan, four years and reports', async () => {
      const rounds = await sql<{ code: string; plan_id: string; year: number; status: string }>(
        `select c.code, pv.plan_id, r.year, r.status from round r join county c on c.id = r.county_id
           join plan_version pv on pv.id = r.plan_version_id order by c.code, r.year`,
      );
      const byCounty = new Map<string, typeof rounds>();
      for (const r of rounds) byCounty.set(r.code, [...(byCounty.get(r.code) ?? []), r]);
      expect([...byCounty.keys()].sort()).toEqual(['nordland', 'oslo-viken', 'troms']);
      expect(new Set(rounds.map((r) => r.plan_id)).size).toBe(3);
      for (const list of byCounty.values()) {
        expect(list.map((r) => [r.year, r.status])).toEqual([
          [2024, 'REPORTING'],
          [2025, 'REPORTING'],
          [2026, 'REPORTING'],
          [2027, 'OPEN'],
        ]);
      }
      // What the admin's end-to-end test relies on: Troms' open 2027 round with 70 statements.
      const [troms2027] = await sql<{ n: string }>(
        `select count(*) as n from needs_statement ns join round r on r.id = ns.round_id
           join county c on c.id = r.county_id where c.code = 'troms' and r.year = 2027`,
      );
      expect(n(troms2027?.n)).toBe(70);
      // Grants fit the frames: new grants and earlier commitments of a year never exceed it.
      const over = await sql(
        `select r.id from round r
          where r.status = 'REPORTING' and r.frame < (
            select coalesce(sum(c.amount), 0) from commitment c
             where c.county_id = r.county_id and c.year = r.year)`,
      );
      expect(over).toEqual([]);
    });

    it('has annual reports that are valid per the domain’s reporting rules', async () => {
      const em = api.db.orm.em.fork();
      const reports = await em.find(
        AnnualReport,
        {},
        {
          populate: ['accountsLines', 'decision', 'needsStatement', 'round.planVersion'],
          filters: false,
        },
      );
      expect(reports.length).toBeGreaterThan(100);
      const statuses = new Set(reports.map((r) => r.status));
      expect(statuses).toEqual(new Set(['SUBMITTED', 'ACCEPTED', 'RETURNED']));
      for (const report of reports) {
        const version = report.round.getEntity().planVersion.getEntity();
        const plan: ResolvedPlan = resolvePlanVersion(
          version.plan as unknown as CountyPlan,
          version.versionId,
        );
        const decision = report.decision.getEntity();
        const problems = validateAnnualReport(
          domainReportFromStored(report, report.accountsLines.getItems()),
          {
            plan,
            statement: reportedStatementOf(report.needsStatement.getEntity()),
            grant: grantForYear(decision.grantedPerYear, report.year),
          },
        );
        expect(problems, `report ${report.id}`).toEqual([]);
      }
    });
  });

  describe('totals', () => {
    let totals: Figures;

    beforeAll(async () => {
      totals = (await statistics([])).stats.totals;
    });

    it('equal plain SQL sums of the decisions, statements, rounds and reports', async () => {
      const [d] = await sql(
        `select count(*) as decisions, count(*) filter (where granted_this_year > 0) as grants,
                sum(granted_this_year) as granted,
                sum(granted_total - granted_this_year) as later from decision`,
      );
      const [years] = await sql(
        `select sum((y ->> 'amount')::bigint) filter (where (y ->> 'year')::int > r.year) as committed,
                sum((y ->> 'coordinator')::bigint) as coordinator,
                count(*) filter (where (y ->> 'year')::int <= ?) as expected
           from decision d join round r on r.id = d.round_id,
                jsonb_array_elements(d.granted_per_year) y
          where (y ->> 'amount')::int > 0`,
        [currentYearInNorway()],
      );
      const [ns] = await sql(
        `select count(*) as statements, sum(requested_this_year) as requested,
                count(*) filter (where trim(sami_perspectives) <> '') as sami
           from needs_statement where status = 'SUBMITTED'`,
      );
      const [frames] = await sql(`select sum(frame) as frame from round`);
      const [reports] = await sql(
        `select count(*) filter (where status <> 'RETURNED') as submitted,
                count(*) filter (where status = 'ACCEPTED') as accepted,
                count(*) filter (where status = 'RETURNED') as returned,
                sum(received_owner) filter (where status <> 'RETURNED') as received_owner,
                sum(received_institution) filter (where status <> 'RETURNED') as received_institution
           from annual_report`,
      );
      const [lines] = await sql(
        `select sum(l.amount) filter (where l.party = 'OWNER') as owner,
                sum(l.amount) filter (where l.party = 'INSTITUTION') as institution,
                sum(l.amount) filter (where l.cost_line = 'COORDINATOR') as coordinator
           from accounts_line l join annual_report r on r.id = l.annual_report_id
          where r.status <> 'RETURNED'`,
      );
      expect(totals).toMatchObject({
        frame: n(frames?.['frame']),
        statements: n(ns?.['statements']),
        requested: n(ns?.['requested']),
        samiStatements: n(ns?.['sami']),
        decisions: n(d?.['decisions']),
        grants: n(d?.['grants']),
        granted: n(d?.['granted']),
        grantedLaterYears: n(d?.['later']),
        committed: n(years?.['committed']),
        coordinatorGranted: n(years?.['coordinator']),
        reportsExpected: n(years?.['expected']),
        reportsSubmitted: n(reports?.['submitted']),
        reportsAccepted: n(reports?.['accepted']),
        reportsReturned: n(reports?.['returned']),
        reportedReceivedOwner: n(reports?.['received_owner']),
        reportedReceivedInstitution: n(reports?.['received_institution']),
        reportedSpentOwner: n(lines?.['owner']),
        reportedSpentInstitution: n(lines?.['institution']),
        reportedCoordinatorSpent: n(lines?.['coordinator']),
      });
      // The demo data is not trivial: every measure has something in it.
      for (const key of ADDITIVE) expect(totals[key], key).toBeGreaterThan(0);
      expect(totals.samiShare).toBeGreaterThan(0.5);
      expect(totals.samiShare).toBeLessThan(1);
      expect(totals.reportCompleteness).toBeGreaterThan(0.5);
      expect(totals.reportCompleteness).toBeLessThan(1);
    });

    it('count newcomers as the domain’s isNewcomer does, from the owners’ history', async () => {
      const rows = await sql<{
        year: number;
        plan: CountyPlan;
        version_id: string;
        orgnr: string;
        participation_years: number[];
        granted: number;
        decision_id: string;
      }>(
        `select r.year, pv.plan, pv.version_id, o.orgnr, o.participation_years, d.granted_this_year as granted,
                d.id as decision_id
           from decision d join round r on r.id = d.round_id
           join plan_version pv on pv.id = r.plan_version_id
           join partnership_owner po on po.partnership_id = d.partnership_id
           join owner o on o.id = po.owner_id
          where d.granted_this_year > 0`,
      );
      let newcomers = 0;
      const withNewcomer = new Map<string, number>();
      for (const row of rows) {
        const rules = resolvePlanVersion(row.plan, row.version_id).rules;
        const history = {
          works: [],
          owners: [{ orgnr: row.orgnr, participationYears: row.participation_years }],
        };
        if (isNewcomer(history, row.orgnr, row.year, rules.newcomers)) {
          newcomers += 1;
          withNewcomer.set(row.decision_id, row.granted);
        }
      }
      expect(totals.fundedOwners).toBe(rows.length);
      expect(totals.newcomerOwners).toBe(newcomers);
      expect(totals.grantedToNewcomers).toBe([...withNewcomer.values()].reduce((a, b) => a + b, 0));
      expect(totals.newcomerShare).toBeCloseTo(newcomers / rows.length, 12);
      expect(newcomers).toBeGreaterThan(0);
    });

    it('are the same whichever way the figures are grouped, and the groups add up to them', async () => {
      const groupings: NationalDimension[][] = [
        ['COUNTY'],
        ['YEAR'],
        ['COUNTY', 'YEAR'],
        ['SECTOR'],
        ['THEME'],
        ['OWNERSHIP', 'INSTITUTION'],
        ['DURATION', 'SECTOR', 'YEAR'],
        ['COUNTY', 'YEAR', 'SECTOR', 'THEME', 'OWNERSHIP', 'INSTITUTION', 'DURATION'],
      ];
      for (const groupBy of groupings) {
        const { stats, sqlStatements } = await statistics(groupBy);
        expect(stats.groupBy).toEqual(groupBy);
        expect(stats.totals, groupBy.join(',')).toEqual(totals);
        // The aggregate is one statement, after one read of the data's version (kept answers).
        expect(sqlStatements, 'the version and one aggregate').toBeLessThanOrEqual(2);
        for (const key of ADDITIVE) {
          const sum = stats.groups.reduce((s, g) => s + g.figures[key], 0);
          expect(sum, `${groupBy.join(',')}: ${key}`).toBe(totals[key]);
        }
        const frameTold = groupBy.every((d) => d === 'COUNTY' || d === 'YEAR');
        for (const g of stats.groups) {
          if (!frameTold) expect(g.figures.frame).toBeNull();
        }
        if (frameTold) {
          const frames = stats.groups.reduce((s, g) => s + (g.figures.frame ?? 0), 0);
          expect(frames).toBe(totals.frame);
        }
        // Every group has the dimensions asked for, and no other.
        const keys = stats.groups.map((g) =>
          JSON.stringify([
            g.county?.code,
            g.year,
            g.sector,
            g.theme?.id,
            g.ownership,
            g.institution?.orgnr,
            g.durationYears,
          ]),
        );
        expect(new Set(keys).size).toBe(keys.length);
      }
    });
  });
});
