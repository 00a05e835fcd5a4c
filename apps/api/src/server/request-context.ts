import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';

/** What every resolver gets: one EntityManager fork per request. */
export interface RequestContext {
  em: EntityManager;
  logger: Logger;
  requestId: string;
}
