import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import {
  NORDLAND_LIKE_EXAMPLE_PLAN,
  TROMS_MUNICIPALITIES,
  TROMS_PLAN_2026_2029,
} from '@kompetansemidler/domain';
import { RoundStatus } from '../modules/round/round-status.js';
import { seedDemoCounty } from './demo-county.js';

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
 * DEMO DATA: made-up tenants for trying the platform. Never load into production.
 * Troms: all 21 municipalities, the decided 2026 round (grants, commitments for 2027–2028) and
 * the open 2027 round with 70 needs statements. Nordland: an invented plan shaped like its draft.
 */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    await seedDemoCounty(em, {
      code: 'troms',
      name: 'Statsforvalteren i Troms (demo)',
      plan: TROMS_PLAN_2026_2029,
      municipalities: TROMS_MUNICIPALITIES,
      seed: 55,
      rounds: [
        { year: 2026, statements: 60, status: RoundStatus.REPORTING },
        { year: 2027, statements: 70, status: RoundStatus.OPEN },
      ],
    });
    await seedDemoCounty(em, {
      code: 'nordland',
      name: 'Statsforvalteren i Nordland (demo)',
      plan: NORDLAND_LIKE_EXAMPLE_PLAN,
      municipalities: NORDLAND_DEMO_MUNICIPALITIES,
      seed: 18,
      rounds: [{ year: 2026, statements: 24, status: RoundStatus.CLOSED }],
    });
  }
}
