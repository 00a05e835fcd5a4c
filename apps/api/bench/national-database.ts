// The benches' national-sized database: 10 counties × 4 years × 100 needs statements, with
// decisions, commitments and annual reports, as Udir sees the country.
import { MikroORM } from '@mikro-orm/postgresql';
import { TROMS_MUNICIPALITIES, TROMS_PLAN_2026_2029 } from '@kompetansemidler/domain';
import { ormConfig } from '../src/database/orm-config.js';
import { RoundStatus } from '../src/modules/round/round-status.js';
import { seedDemoCounty } from '../src/seeders/demo-county.js';

export const COUNTIES = 10;
export const STATEMENTS = 100;

/** Migrates and seeds the database at `url`; answers county-01's CLOSED round of 2029. */
export async function seedNationalDatabase(
  url: string,
  log: (line: string) => void = console.log,
): Promise<{ closedRoundId: string }> {
  const started = Date.now();
  const orm = await MikroORM.init({ ...ormConfig(url), logger: () => undefined });
  try {
    await orm.getMigrator().up();
    for (let c = 1; c <= COUNTIES; c++) {
      const code = `county-${String(c).padStart(2, '0')}`;
      await seedDemoCounty(orm.em.fork(), {
        code,
        name: `Bench county ${c} (demo)`,
        plan: TROMS_PLAN_2026_2029,
        municipalities: TROMS_MUNICIPALITIES,
        seed: 1000 + c,
        multiYear: true,
        reports: {
          2026: { submitted: 1, accepted: 0.85, returned: 0.05 },
          2027: { submitted: 0.6, accepted: 0.2, returned: 0.05 },
        },
        rounds: [
          { year: 2026, statements: STATEMENTS, status: RoundStatus.REPORTING },
          { year: 2027, statements: STATEMENTS, status: RoundStatus.REPORTING },
          { year: 2028, statements: STATEMENTS, status: RoundStatus.DECIDED },
          { year: 2029, statements: STATEMENTS, status: RoundStatus.CLOSED },
        ],
      });
    }
    const rows: Array<{ id: string }> = await orm.em
      .getConnection()
      .execute(
        `select r.id from round r join county c on c.id = r.county_id where c.code = 'county-01' and r.year = 2029`,
      );
    const [counts] = await orm.em.getConnection().execute(
      `select (select count(*) from needs_statement) as statements,
                (select count(*) from decision) as decisions,
                (select count(*) from commitment) as commitments,
                (select count(*) from annual_report) as reports,
                (select count(*) from accounts_line) as lines`,
    );
    // A settled database, as after a night's autovacuum: no vacuum of the fresh rows in a window.
    await orm.em.getConnection().execute('vacuum analyze');
    log(
      `seeded ${counts?.statements} needs statements, ${counts?.decisions} decisions, ` +
        `${counts?.commitments} commitments, ${counts?.reports} annual reports ` +
        `(${counts?.lines} accounts lines) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return { closedRoundId: rows[0]!.id };
  } finally {
    await orm.close();
  }
}
