import type { EntityManager } from '@mikro-orm/postgresql';
import { County } from './county.entity.js';

export class CountyService {
  constructor(private readonly em: EntityManager) {}

  list(): Promise<County[]> {
    return this.em.find(County, {}, { orderBy: { name: 'asc' } });
  }
}
