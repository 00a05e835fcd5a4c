import PgBoss from 'pg-boss';
import type { Logger } from '../logger.js';
import { QUEUE_SCHEMA } from '../migrations/Migration20261203154700.js';

export type JobQueue = PgBoss;

/**
 * The job queue on PostgreSQL (pg-boss 10), connected as the API's own role. Its schema and
 * queues come from the migrations (Migration20261203154700), so it starts with `migrate: false`
 * and refuses to run on a database the migrations have not prepared. Jobs survive a restart: a
 * job a killed server had taken expires (the queue's `expireInSeconds`) and is retried.
 */
export async function startJobQueue(options: {
  connectionString: string;
  logger: Logger;
  /** Cron schedules (the reminders); off in tests that drive the sweep themselves. */
  schedule?: boolean;
  max?: number;
}): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: QUEUE_SCHEMA,
    application_name: 'kompetansemidler-queue',
    max: options.max ?? 3,
    migrate: false,
    supervise: true,
    schedule: options.schedule ?? true,
  });
  boss.on('error', (error: Error) => options.logger.error({ err: error }, 'job queue error'));
  await boss.start();
  return boss;
}

/** The queues (created by the migration, with their retry and expiry policies). */
export const NOTICE_DELIVER_QUEUE = 'notice-deliver';
export const NOTICE_REMINDERS_QUEUE = 'notice-reminders';
