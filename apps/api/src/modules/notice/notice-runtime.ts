import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { bindTransaction } from '../../database/row-level-security.js';
import type { Logger } from '../../logger.js';
import {
  NOTICE_DELIVER_QUEUE,
  NOTICE_REMINDERS_QUEUE,
  startJobQueue,
  type JobQueue,
} from '../../queue/job-queue.js';
import type { Mailer } from './mailer.js';
import { deliverNotice, type DeliverJob } from './notice-delivery.job.js';
import { NOTICE_CHANNEL } from './notice.service.js';
import { ReminderService } from './reminder.service.js';

export interface NoticeRuntimeOptions {
  orm: MikroORM;
  /** The API's own connection (kompetansemidler_api) for the queue and the wake-up channel. */
  databaseUrl: string;
  mailer: Mailer;
  logger: Logger;
  /** The domain part of Message-IDs. */
  messageDomain?: string;
  /** How often the dispatcher looks for queued notices besides being woken (default 5 s). */
  dispatchIntervalMs?: number;
  /**
   * A notice still QUEUED this long after its job was queued gets another job (default 60 s): its
   * job was lost or is held by a server that died. The queue keeps one waiting job per notice, and
   * a job finds a notice already SENT and skips it, so this never sends one twice.
   */
  redispatchAfterSeconds?: number;
  /** Reminders this many days before a deadline (default 7). */
  reminderDaysBefore?: number;
  /** The reminder sweep's cron (default 06:00 Oslo time every day); null: not scheduled. */
  reminderCron?: string | null;
}

/**
 * Sends the notices: a dispatcher turns committed QUEUED rows of the notice log into queue jobs
 * (woken by NOTIFY at commit, and every few seconds), one job per delivery (`singletonKey`: its
 * id; the queue's `short` policy keeps one queued job per key); workers send them
 * (deliverNotice). The reminder sweep runs as a scheduled job. A row whose job was lost (a crash
 * between queueing and marking it dispatched) is dispatched again after ten minutes; its job finds
 * it SENT when the first one got through.
 */
export class NoticeRuntime {
  private timer: NodeJS.Timeout | undefined;
  private listener: pg.Client | undefined;
  private dispatching: Promise<number> | null = null;
  private again = false;
  private stopped = false;

  private constructor(
    private readonly options: NoticeRuntimeOptions,
    readonly queue: JobQueue,
  ) {}

  static async start(options: NoticeRuntimeOptions): Promise<NoticeRuntime> {
    const queue = await startJobQueue({
      connectionString: options.databaseUrl,
      logger: options.logger,
      schedule: options.reminderCron !== null,
    });
    const runtime = new NoticeRuntime(options, queue);
    await runtime.begin();
    return runtime;
  }

  private async begin(): Promise<void> {
    const { orm, mailer, logger } = this.options;
    const domain = this.options.messageDomain ?? 'kompetansemidler.local';
    // Up to ten jobs a fetch, each sent on its own: a failed one is failed alone (the queue
    // retries it), the rest complete with the batch.
    await this.queue.work<DeliverJob>(
      NOTICE_DELIVER_QUEUE,
      { batchSize: 10, pollingIntervalSeconds: 0.5 },
      async (jobs) => {
        for (const job of jobs) {
          try {
            const outcome = await deliverNotice(orm, mailer, job.data, domain);
            logger.info({ deliveryId: job.data.deliveryId, outcome }, 'notice delivered');
          } catch (error) {
            logger.warn({ err: error, deliveryId: job.data.deliveryId }, 'notice not delivered');
            await this.queue.fail(NOTICE_DELIVER_QUEUE, job.id, {
              message: error instanceof Error ? error.message : String(error),
            });
          }
        }
      },
    );
    await this.queue.work(NOTICE_REMINDERS_QUEUE, { batchSize: 1 }, async () => {
      const queued = await this.sweepReminders(new Date());
      logger.info({ queued }, 'reminder sweep');
    });
    if (this.options.reminderCron !== null) {
      await this.queue.schedule(
        NOTICE_REMINDERS_QUEUE,
        this.options.reminderCron ?? '0 6 * * *',
        {},
        { tz: 'Europe/Oslo' },
      );
    }
    this.listener = new pg.Client({ connectionString: this.options.databaseUrl });
    this.listener.on('error', (error) => logger.warn({ err: error }, 'notice listener failed'));
    this.listener.on('notification', () => void this.kick());
    await this.listener.connect();
    await this.listener.query(`listen ${NOTICE_CHANNEL}`);
    this.timer = setInterval(() => void this.kick(), this.options.dispatchIntervalMs ?? 5_000);
    this.timer.unref();
    await this.kick();
  }

  /** Runs the dispatcher now (once more after the current run, if one is going). */
  kick(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    if (this.dispatching) {
      this.again = true;
      return this.dispatching;
    }
    this.dispatching = this.dispatch()
      .catch((error: unknown) => {
        this.options.logger.warn({ err: error }, 'notice dispatch failed');
        return 0;
      })
      .finally(() => {
        this.dispatching = null;
        if (this.again) {
          this.again = false;
          void this.kick();
        }
      });
    return this.dispatching;
  }

  /** Queues a job for every committed notice without one; returns how many. */
  async dispatch(): Promise<number> {
    const em = this.options.orm.em.fork();
    // Reading across counties (ids only): the national scope may read every county's rows.
    const rows = await em.transactional(async (tx) => {
      await bindTransaction(tx, 'national');
      return tx.execute<{ id: string; county_id: string }[]>(
        `select id, county_id from notice_delivery
          where status = 'QUEUED'
            and (dispatched_at is null or dispatched_at < now() - make_interval(secs => ?))
          order by created_at limit 500`,
        [this.options.redispatchAfterSeconds ?? 60],
      );
    });
    if (rows.length === 0) return 0;
    for (const row of rows) {
      await this.queue.send(
        NOTICE_DELIVER_QUEUE,
        { countyId: row.county_id, deliveryId: row.id } satisfies DeliverJob,
        { singletonKey: row.id },
      );
    }
    const byCounty = new Map<string, string[]>();
    for (const row of rows)
      byCounty.set(row.county_id, [...(byCounty.get(row.county_id) ?? []), row.id]);
    for (const [countyId, ids] of byCounty) {
      await this.options.orm.em.fork().transactional(async (tx) => {
        await bindTransaction(tx, { countyId });
        await tx.execute(
          `update notice_delivery set dispatched_at = now() where id in (${ids.map(() => '?').join(', ')})`,
          ids,
        );
      });
    }
    return rows.length;
  }

  /** Queues the reminders due at `now` (every county); returns how many were new. */
  sweepReminders(now: Date): Promise<number> {
    return new ReminderService(this.options.orm, this.options.logger).sweep(
      now,
      this.options.reminderDaysBefore ?? 7,
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.dispatching;
    await this.listener?.end().catch(() => undefined);
    await this.queue.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.options.mailer.close();
  }
}
