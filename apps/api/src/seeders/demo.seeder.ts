import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import {
  NORDLAND_LIKE_EXAMPLE_PLAN,
  OSLO_VIKEN_LIKE_EXAMPLE_PLAN,
  TROMS_MUNICIPALITIES,
  TROMS_PLAN_2026_2029,
} from '@kompetansemidler/domain';
import { RoundStatus } from '../modules/round/round-status.js';
import { seedDemoCounty, type DemoCountyOptions } from './demo-county.js';
import type { DemoReportShares } from './demo-reports.js';

/** Some of Nordland's municipalities (real names and numbers) for the example plan's county. */
export const NORDLAND_DEMO_MUNICIPALITIES = [
  { number: '1804', name: 'Bodø' },
  { number: '1806', name: 'Narvik' },
  { number: '1813', name: 'Brønnøy' },
  { number: '1820', name: 'Alstahaug' },
  { number: '1824', name: 'Vefsn' },
  { number: '1833', name: 'Rana' },
  { number: '1860', name: 'Vestvågøy' },
  { number: '1865', name: 'Vågan' },
] as const;

/**
 * Some of the municipalities Statsforvalteren i Oslo og Viken serves (real names and numbers
 * since 2024), for the third example plan's county.
 */
export const OSLO_VIKEN_DEMO_MUNICIPALITIES = [
  { number: '0301', name: 'Oslo' },
  { number: '3101', name: 'Halden' },
  { number: '3103', name: 'Moss' },
  { number: '3105', name: 'Sarpsborg' },
  { number: '3107', name: 'Fredrikstad' },
  { number: '3201', name: 'Bærum' },
  { number: '3203', name: 'Asker' },
  { number: '3205', name: 'Lillestrøm' },
  { number: '3207', name: 'Nordre Follo' },
  { number: '3209', name: 'Ullensaker' },
  { number: '3301', name: 'Drammen' },
  { number: '3303', name: 'Kongsberg' },
  { number: '3305', name: 'Ringerike' },
] as const;

/**
 * How far the demo's annual reports have come, by grant year: 2024's are all in, 2025's nearly,
 * and 2026's (due in the spring of 2027, the demo's "now") about half.
 */
export const DEMO_REPORT_SHARES: Readonly<Record<number, DemoReportShares>> = {
  2024: { submitted: 1, accepted: 0.93, returned: 0.03 },
  2025: { submitted: 0.95, accepted: 0.8, returned: 0.05 },
  2026: { submitted: 0.5, accepted: 0.2, returned: 0.05 },
};

const decided = (year: number, statements: number) => ({
  year,
  statements,
  status: RoundStatus.REPORTING,
});

/**
 * The demo's counties. The demo's "now" is the spring of 2027: its round is open for needs
 * statements, 2024–2026 are decided and in reporting. The years before 2026 are invented history
 * as if the scheme (which began on 1 January 2026) had run then under each county's first plan
 * version, so the national view has several years of grants, commitments and reports.
 */
export const DEMO_COUNTIES: readonly DemoCountyOptions[] = [
  {
    code: 'troms',
    name: 'Statsforvalteren i Troms (demo)',
    plan: TROMS_PLAN_2026_2029,
    municipalities: TROMS_MUNICIPALITIES,
    seed: 55,
    multiYear: true,
    reports: DEMO_REPORT_SHARES,
    rounds: [
      decided(2024, 40),
      decided(2025, 50),
      // 2027's 70 statements as the admin's end-to-end test knows them.
      decided(2026, 60),
      { year: 2027, statements: 70, status: RoundStatus.OPEN },
    ],
  },
  {
    code: 'nordland',
    name: 'Statsforvalteren i Nordland (demo)',
    plan: NORDLAND_LIKE_EXAMPLE_PLAN,
    municipalities: NORDLAND_DEMO_MUNICIPALITIES,
    seed: 18,
    multiYear: true,
    reports: DEMO_REPORT_SHARES,
    rounds: [
      decided(2024, 20),
      decided(2025, 22),
      decided(2026, 24),
      { year: 2027, statements: 26, status: RoundStatus.OPEN },
    ],
  },
  {
    code: 'oslo-viken',
    name: 'Statsforvalteren i Oslo og Viken (demo)',
    plan: OSLO_VIKEN_LIKE_EXAMPLE_PLAN,
    municipalities: OSLO_VIKEN_DEMO_MUNICIPALITIES,
    seed: 301,
    multiYear: true,
    reports: DEMO_REPORT_SHARES,
    rounds: [
      decided(2024, 45),
      decided(2025, 50),
      decided(2026, 55),
      { year: 2027, statements: 60, status: RoundStatus.OPEN },
    ],
  },
];

/**
 * DEMO DATA: made-up tenants for trying the platform. Never load into production. Three counties,
 * each with its own plan (Troms 2026–2029 and two invented example plans), four years each.
 */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    for (const county of DEMO_COUNTIES) await seedDemoCounty(em.fork(), county);
  }
}
