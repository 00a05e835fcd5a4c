import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { ormConfig } from './orm-config.js';

export type { MikroORM };

export function createOrm(
  url: string,
  logger: Logger,
  poolMax?: number,
  options: {
    statementTimeoutMs?: number;
    onConnectionError?: (error: Error) => void;
    onDriverWarning?: (message: string) => void;
  } = {},
): Promise<MikroORM> {
  return MikroORM.init({
    ...ormConfig(url, {
      ...(poolMax === undefined ? {} : { poolMax }),
      ...(options.statementTimeoutMs === undefined
        ? {}
        : { statementTimeoutMs: options.statementTimeoutMs }),
      ...(options.onDriverWarning ? { onDriverWarning: options.onDriverWarning } : {}),
      onConnectionError:
        options.onConnectionError ??
        ((error) => logger.warn({ err: error }, 'a pooled database connection failed')),
    }),
    logger: (message) => logger.debug({ orm: message }, 'mikro-orm'),
  });
}

/** One round trip to the database, for readiness. */
export async function pingDatabase(orm: MikroORM): Promise<void> {
  await orm.em.getConnection().execute('select 1');
}
