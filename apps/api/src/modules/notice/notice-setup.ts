import type { MikroORM } from '@mikro-orm/postgresql';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NoticeConfig } from '../../config/config.js';
import type { Logger } from '../../logger.js';
import { startLocalSmtpServer, type ReceivedMail } from './local-smtp-server.js';
import { Mailer } from './mailer.js';
import { NoticeRuntime } from './notice-runtime.js';

export interface RunningNotices {
  runtime: NoticeRuntime;
  stop(): Promise<void>;
}

/**
 * Starts sending notices for the server: through SMTP_URL when set; otherwise, outside
 * production, through a local SMTP server this process starts (each mail kept as an .eml file in
 * MAIL_DEV_DIR and logged). In production without SMTP nothing is sent (the notices stay queued).
 */
export async function startNotices(options: {
  config: NoticeConfig;
  production: boolean;
  orm: MikroORM;
  databaseUrl: string;
  logger: Logger;
}): Promise<RunningNotices | undefined> {
  const { config, logger } = options;
  if (!config.enabled) {
    logger.info('notices are queued but not sent by this server (NOTICES=false)');
    return undefined;
  }
  let smtpUrl = config.smtpUrl;
  let closeLocal: (() => Promise<void>) | undefined;
  if (!smtpUrl) {
    if (options.production) {
      logger.warn('SMTP_URL is not set: notices are queued, and none is sent until it is');
      return undefined;
    }
    await mkdir(config.devMailDir, { recursive: true });
    let count = 0;
    const onMail = async (mail: ReceivedMail) => {
      count += 1;
      const file = join(
        config.devMailDir,
        `${mail.receivedAt.toISOString().replace(/[:.]/g, '-')}-${count}.eml`,
      );
      await writeFile(file, mail.raw);
      const subject = /^Subject: (.*)$/m.exec(mail.raw)?.[1] ?? '';
      logger.info({ to: mail.to, subject, file }, 'development mail received (not delivered)');
    };
    // The configured port, or any free one when another process holds it (a second dev server).
    const local = await startLocalSmtpServer({ port: config.devSmtpPort, onMail }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE') throw error;
        return startLocalSmtpServer({ port: 0, onMail });
      },
    );
    smtpUrl = local.url;
    closeLocal = local.close;
    logger.info(
      { smtp: local.url, folder: config.devMailDir },
      'development SMTP server started: notices are kept as files, never delivered',
    );
  }
  const runtime = await NoticeRuntime.start({
    orm: options.orm,
    databaseUrl: options.databaseUrl,
    mailer: new Mailer(smtpUrl, config.from),
    logger,
    dispatchIntervalMs: config.dispatchIntervalMs,
    redispatchAfterSeconds: config.redispatchAfterSeconds,
    reminderDaysBefore: config.reminderDaysBefore,
    reminderCron: config.reminderCron,
  });
  return {
    runtime,
    stop: async () => {
      await runtime.stop();
      await closeLocal?.();
    },
  };
}
