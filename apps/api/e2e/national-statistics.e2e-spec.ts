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
import { DEMO_COUNTIES, DemoSeeder } from '../src/seeders/demo.seeder.js';
import { startTestApi, type TestApi } from '../test/test-server.js';

// The national view over HTTP on the demo data (three counties, 2024–2027, with reports). Every
// figure is checked against plain SQL written here, independently of the API's query: decisions'
// own per-year JSON rather than the commitment table, accounts lines rather than report totals.

const FIGURES = `frame statements requested samiStatements samiShare decisions grants granted
  grantedLaterYears committed coordinatorGranted fundedOwners newcomerOwners newcomerShare
  grantedToNewcomers reportsExpected reportsSubmitted reportsAccepted reportsReturned
  reportCompleteness reportedReceivedOwner reportedReceivedInstitution reportedSpentOwner
  reportedSpentInstitution reportedCoordinatorSpent`;

const QUERY = `query National($groupBy: [NationalDimension!]!, $years: [Int!], $counties: [String!]) {
  nationalStatistics(groupBy: $groupBy, years: $years, counties: $counties) {
    groupBy years counties
    groups {
      county { code name } year sector theme { id titleNb titleEn } ownership
      institution { orgnr name kind } durationYears
      figures { ${FIGURES} }
    }
    totals { ${FIGURES} }
  }
}`;

/** The additive figures (not shares, not the frame, which is only told for some groupings). */
const ADDITIVE = [
  'statements',
  'requested',
  'samiStatements',
  'decisions',
  'grants',
  'granted',
  'grantedLaterYears',
  'committed',
  'coordinatorGranted',
  'fundedOwners',
  'newcomerOwners',
  'grantedToNewcomers',
  'reportsExpected',
  'reportsSubmitted',
  'reportsAccepted',
  'reportsReturned',
  'reportedReceivedOwner',
  'reportedReceivedInstitution',
  'reportedSpentOwner',
  'reportedSpentInstitution',
  'reportedCoordinatorSpent',
] as const;

type Figures = Record<(typeof ADDITIVE)[number], number> & {
  frame: number | null;
  samiShare: number | null;
  newcomerShare: number | null;
  reportCompleteness: number | null;
};
interface Group {
  county: { code: string; name: string } | null;
  year: number | null;
  sector: string | null;
  theme: { id: string; titleNb: string | null; titleEn: string | null } | null;
  ownership: string | null;
  institution: { orgnr: string; name: string; kind: string } | null;
  durationYears: number | null;
  figures: Figures;
}
interface Statistics {
  groupBy: string[];
  years: number[];
  counties: string[];
  groups: Group[];
  totals: Figures;
}

describe('nationalStatistics on the demo data', () => {
  let api: TestApi;
  let national: Record<string, string>;
  const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    (await api.db.orm.em.getConnection().execute(text, params, 'all')) as T[];
  const n = (value: unknown) => Number(value ?? 0);

  async function statistics(
    groupBy: string[],
    filters: { years?: number[]; counties?: string[] } = {},
  ): Promise<{ stats: Statistics; sqlStatements: number | undefined }> {
    const { body, sqlStatements } = await api.graphql<{ nationalStatistics: Statistics }>(
      QUERY,
      { groupBy, ...filters },
      national,
    );
    expect(body.errors).toBeUndefined();
    return { stats: body.data!.nationalStatistics, sqlStatements };
  }

  beforeAll(async () => {
    api = await startTestApi();
    await api.db.orm.getSeeder().seed(DemoSeeder);
    national = await api.as('NATIONAL');
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
      const groupings = [
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

  describe('groups', () => {
    it('per county and year match plain SQL of decisions, their years and the rounds', async () => {
      const { stats } = await statistics(['COUNTY', 'YEAR']);
      const granted = await sql<{ code: string; year: number; granted: string; n: string }>(
        `select c.code, r.year, sum(d.granted_this_year) as granted, count(*) as n
           from decision d join round r on r.id = d.round_id join county c on c.id = d.county_id
          group by c.code, r.year`,
      );
      const committed = await sql<{ code: string; year: number; committed: string }>(
        `select c.code, (y ->> 'year')::int as year, sum((y ->> 'amount')::bigint) as committed
           from decision d join round r on r.id = d.round_id join county c on c.id = d.county_id,
                jsonb_array_elements(d.granted_per_year) y
          where (y ->> 'year')::int > r.year
          group by 1, 2`,
      );
      const frames = await sql<{ code: string; year: number; frame: number }>(
        `select c.code, r.year, r.frame from round r join county c on c.id = r.county_id`,
      );
      const group = (code: string, year: number) =>
        stats.groups.find((g) => g.county?.code === code && g.year === year);
      for (const row of granted) {
        expect(group(row.code, row.year)?.figures).toMatchObject({
          granted: n(row.granted),
          decisions: n(row.n),
        });
      }
      for (const row of committed) {
        expect(group(row.code, row.year)?.figures.committed).toBe(n(row.committed));
      }
      for (const row of frames) expect(group(row.code, row.year)?.figures.frame).toBe(row.frame);
      // A year with commitments but no round yet has no frame.
      const later = stats.groups.filter(
        (g) => !frames.some((f) => f.code === g.county?.code && f.year === g.year),
      );
      expect(later.length).toBeGreaterThan(0);
      for (const g of later) expect(g.figures.frame).toBeNull();
      expect(group('troms', 2024)?.county?.name).toBe('Statsforvalteren i Troms (demo)');
    });

    it('per sector, ownership and institution match plain SQL', async () => {
      const bySector = (await statistics(['SECTOR'])).stats.groups;
      const sectors = await sql<{ sector: string; granted: string }>(
        `select ns.sector, sum(d.granted_this_year) as granted
           from decision d join needs_statement ns on ns.id = d.needs_statement_id group by ns.sector`,
      );
      for (const row of sectors) {
        expect(bySector.find((g) => g.sector === row.sector)?.figures.granted).toBe(n(row.granted));
      }

      const byOwnership = (await statistics(['OWNERSHIP'])).stats.groups;
      const ownership = await sql<{ kind: string; granted: string }>(
        `with kinds as (
           select po.partnership_id,
                  case when count(*) filter (where o.ownership = 'PRIVATE') = 0 then 'PUBLIC'
                       when count(*) filter (where o.ownership = 'PUBLIC') = 0 then 'PRIVATE'
                       else 'MIXED' end as kind
             from partnership_owner po join owner o on o.id = po.owner_id group by 1)
         select k.kind, sum(d.granted_this_year) as granted
           from decision d join kinds k on k.partnership_id = d.partnership_id group by k.kind`,
      );
      expect(ownership.length).toBeGreaterThanOrEqual(2);
      for (const row of ownership) {
        expect(byOwnership.find((g) => g.ownership === row.kind)?.figures.granted).toBe(
          n(row.granted),
        );
      }

      const byInstitution = (await statistics(['INSTITUTION'])).stats.groups;
      const institutions = await sql<{ orgnr: string; granted: string }>(
        `select i.orgnr, sum(d.granted_this_year) as granted
           from decision d join partnership p on p.id = d.partnership_id
           join institution i on i.id = p.institution_id group by i.orgnr`,
      );
      for (const row of institutions) {
        const g = byInstitution.find((x) => x.institution?.orgnr === row.orgnr);
        expect(g?.figures.granted).toBe(n(row.granted));
        expect(g?.institution?.name).toMatch(/\(demo\)$/);
      }
    });

    it('name each theme with its plan’s title', async () => {
      const { stats } = await statistics(['THEME']);
      const titles = new Map<string, string>();
      for (const county of DEMO_COUNTIES) {
        for (const version of county.plan.versions) {
          for (const sector of version.rules.themes) {
            for (const theme of sector.themes) titles.set(theme.id, theme.title.nb);
          }
        }
      }
      const themed = stats.groups.filter((g) => g.theme !== null);
      expect(themed.length).toBeGreaterThan(10);
      for (const g of themed) expect(g.theme?.titleNb).toBe(titles.get(g.theme!.id));
    });

    it('filter by years and counties', async () => {
      const { stats } = await statistics(['COUNTY'], {
        years: [2026, 2025],
        counties: ['troms', 'oslo-viken'],
      });
      expect(stats.years).toEqual([2025, 2026]);
      expect(stats.counties).toEqual(['oslo-viken', 'troms']);
      expect(stats.groups.map((g) => g.county?.code)).toEqual(['oslo-viken', 'troms']);
      const [row] = await sql(
        `select sum(d.granted_this_year) as granted, sum(r.frame) as never from decision d
           join round r on r.id = d.round_id join county c on c.id = d.county_id
          where r.year in (2025, 2026) and c.code in ('troms', 'oslo-viken')`,
      );
      const [frames] = await sql(
        `select sum(r.frame) as frame from round r join county c on c.id = r.county_id
          where r.year in (2025, 2026) and c.code in ('troms', 'oslo-viken')`,
      );
      expect(stats.totals.granted).toBe(n(row?.['granted']));
      expect(stats.totals.frame).toBe(n(frames?.['frame']));
    });
  });

  describe('kept answers', () => {
    const version = async (countyCode: string) => {
      const [row] = await sql<{ generation: string }>(
        `select v.generation from national_statistics_version v
           join county c on c.id::text = v.scope where c.code = ?`,
        [countyCode],
      );
      return Number(row?.generation ?? 0);
    };

    it('are given again while nothing changes: one SQL statement, the data’s version', async () => {
      const first = await statistics(['COUNTY', 'SECTOR'], { years: [2025] });
      const again = await statistics(['COUNTY', 'SECTOR'], { years: [2025] });
      expect(again.stats).toEqual(first.stats);
      expect(again.sqlStatements).toBe(1);
    });

    it('are given to NATIONAL callers only: anyone else runs the query and is refused', async () => {
      await statistics(['COUNTY'], { years: [2026] });
      const admin = await api.as('ADMIN', 'troms');
      const { body } = await api.graphql(QUERY, { groupBy: ['COUNTY'], years: [2026] }, admin);
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const anonymous = await api.graphql(QUERY, { groupBy: ['COUNTY'], years: [2026] }, {});
      expect(anonymous.body.data).toBeNull();
      expect(anonymous.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('are computed again after any committed write, and not after a rolled-back one', async () => {
      const before = await statistics(['YEAR'], { years: [2025] });
      const [decision] = await sql<{ id: string; county_id: string }>(
        `select d.id, d.county_id from decision d join round r on r.id = d.round_id
          where r.year = 2025 and d.granted_this_year > 0 order by d.id limit 1`,
      );
      const connection = api.db.orm.em.getConnection();

      await api.db.orm.em
        .fork()
        .transactional(async (em) => {
          await em
            .getConnection()
            .execute(
              'update decision set granted_this_year = granted_this_year + 1000 where id = ?',
              [decision!.id],
              'run',
              em.getTransactionContext(),
            );
          throw new Error('rolled back');
        })
        .catch((error: unknown) => expect(String(error)).toContain('rolled back'));
      const unchanged = await statistics(['YEAR'], { years: [2025] });
      expect(unchanged.sqlStatements, 'still the kept answer').toBe(1);
      expect(unchanged.stats).toEqual(before.stats);

      await connection.execute(
        'update decision set granted_this_year = granted_this_year + 1000 where id = ?',
        [decision!.id],
      );
      try {
        const after = await statistics(['YEAR'], { years: [2025] });
        expect(after.sqlStatements, 'computed again').toBe(2);
        expect(after.stats.totals.granted).toBe(before.stats.totals.granted + 1000);
      } finally {
        await connection.execute(
          'update decision set granted_this_year = granted_this_year - 1000 where id = ?',
          [decision!.id],
        );
      }
      expect((await statistics(['YEAR'], { years: [2025] })).stats).toEqual(before.stats);
    });

    it('follow a change made through the API (the round’s frame)', async () => {
      const [round] = await sql<{ id: string; year: number; frame: string; version: number }>(
        `select r.id, r.year, r.frame, r.version from round r join county c on c.id = r.county_id
          where c.code = 'troms' and r.status not in ('DECIDED', 'REPORTING') order by r.year limit 1`,
      );
      expect(round, 'a round before its decisions').toBeDefined();
      const before = await statistics(['COUNTY', 'YEAR'], { years: [round!.year] });
      const troms = () =>
        before.stats.groups.find((g) => g.county?.code === 'troms' && g.year === round!.year);
      expect(troms()?.figures.frame).toBe(Number(round!.frame));

      const admin = await api.as('ADMIN', 'troms');
      const { body } = await api.graphql(
        `mutation Frame($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }`,
        { input: { roundId: round!.id, frame: Number(round!.frame) + 500_000 } },
        admin,
      );
      expect(body.errors).toBeUndefined();
      const after = await statistics(['COUNTY', 'YEAR'], { years: [round!.year] });
      const group = after.stats.groups.find(
        (g) => g.county?.code === 'troms' && g.year === round!.year,
      );
      expect(group?.figures.frame).toBe(Number(round!.frame) + 500_000);
      expect(after.stats.totals.frame).toBe(before.stats.totals.frame! + 500_000);
    });

    it('are invalidated by a write to any table the figures read, once per transaction and county', async () => {
      const [troms] = await sql<{ id: string }>(`select id from county where code = 'troms'`);
      const one = async (table: string) =>
        (
          await sql<{ id: string }>(`select id from ${table} where county_id = ? limit 1`, [
            troms!.id,
          ])
        )[0]!.id;
      const touches: Array<[string, string, unknown[]]> = [
        ['county', 'update county set name = name where id = ?', [troms!.id]],
        [
          'plan_version',
          'update plan_version set plan = plan where id = ?',
          [await one('plan_version')],
        ],
        ['owner', 'update owner set name = name where id = ?', [await one('owner')]],
        [
          'institution',
          'update institution set name = name where id = ?',
          [await one('institution')],
        ],
        [
          'partnership',
          'update partnership set name = name where id = ?',
          [await one('partnership')],
        ],
        [
          'partnership_owner',
          'update partnership_owner set owner_id = owner_id where partnership_id = ?',
          [await one('partnership')],
        ],
        ['round', 'update round set frame = frame where county_id = ?', [troms!.id]],
        ['commitment', 'update commitment set amount = amount where county_id = ?', [troms!.id]],
        [
          'needs_statement',
          'update needs_statement set title = title where county_id = ?',
          [troms!.id],
        ],
        ['decision', 'update decision set version = version where county_id = ?', [troms!.id]],
        [
          'annual_report',
          'update annual_report set status = status where county_id = ?',
          [troms!.id],
        ],
      ];
      for (const [table, text, params] of touches) {
        const before = await version('troms');
        const others = await version('nordland');
        await sql(text, params);
        expect(await version('troms'), table).toBe(before + 1);
        expect(await version('nordland'), `${table}: another county`).toBe(others);
      }
      const before = await version('troms');
      const reading = await sql(`select count(*) from scenario where county_id = ?`, [troms!.id]);
      expect(reading).toHaveLength(1);
      expect(await version('troms'), 'a read changes nothing').toBe(before);
    });
  });

  describe('input', () => {
    it('refuses a dimension given twice, an unknown county and a year out of range', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ groupBy: ['YEAR', 'YEAR'] }, 'groupBy'],
        [{ groupBy: [], counties: ['atlantis'] }, 'counties'],
        [{ groupBy: [], years: [1066] }, 'years'],
      ];
      for (const [variables, field] of cases) {
        const { body } = await api.graphql(QUERY, variables, national);
        const error = body.errors?.[0];
        expect(error?.extensions?.['code']).toBe('BAD_USER_INPUT');
        expect(error?.extensions?.['field']).toBe(field);
        const [problem] = error?.extensions?.['problems'] as Array<{
          path: string[];
          message: { nb: string; en: string };
        }>;
        expect(problem?.path).toEqual([field]);
        expect(problem?.message.nb.length).toBeGreaterThan(5);
        expect(problem?.message.en.length).toBeGreaterThan(5);
        expect(body.data ?? null).toBeNull();
      }
    });

    it('sums beyond a 32-bit Int exactly (the Kroner scalar)', async () => {
      const em = api.db.orm.em.getConnection();
      await em.execute(`update round set frame = 2147483000 where year = 2027`);
      const { stats } = await statistics(['YEAR'], { years: [2027] });
      const [row] = await sql(`select sum(frame)::text as frame from round where year = 2027`);
      expect(stats.totals.frame).toBe(Number(row?.['frame']));
      expect(stats.totals.frame).toBeGreaterThan(2 ** 31);
      expect(Number.isSafeInteger(stats.totals.frame)).toBe(true);
    });
  });
});
