import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { County } from '../modules/county/county.entity.js';

/** DEMO DATA: made-up tenants for trying the platform. Never load into production. */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    em.create(County, { code: 'troms', name: 'Statsforvalteren i Troms (demo)' });
    em.create(County, { code: 'nordland', name: 'Statsforvalteren i Nordland (demo)' });
    await em.flush();
  }
}
