import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import { isUuid } from '../../common/uuid.js';
import { bindTransaction } from '../../database/row-level-security.js';
import { AppError } from '../../errors/app-error.js';
import type { Logger } from '../../logger.js';
import { bindingOfViewer, scopeToViewer } from '../../server/request-context.js';
import type { Authenticator } from '../auth/authenticator.js';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import { PaymentService } from '../payment/payment.service.js';
import { paymentsCsv } from '../payment/payments-csv.js';
import { RepaymentClaim } from '../payment/repayment-claim.entity.js';
import { roundArchive } from './archive.service.js';

export const PAYMENTS_CSV_PATH = '/exports/payments.csv';
export const ROUND_ARCHIVE_PATH = '/exports/rounds/:roundId/archive.zip';
export const REPAYMENT_CLAIM_PATH = '/files/repayment-claims/:file';

interface DownloadOptions {
  orm: MikroORM;
  authenticator: Authenticator;
  logger: Logger;
}

const HTTP_STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/**
 * Files served over plain HTTP GET with the same bearer token as GraphQL: the payments CSV for the
 * accounting system and a round's archive zip (ADMIN, the caller's county only), and a repayment
 * claim's letter (ADMIN of the county, or the partnership it is addressed to). Each request reads
 * in one transaction bound to the caller's county (row-level security), under the same filters as
 * GraphQL. Errors answer as JSON `{ error: { code, message } }`.
 */
export function downloadRoutes(options: DownloadOptions): express.Router {
  const router = express.Router();

  async function serve(
    req: express.Request,
    res: express.Response,
    roles: readonly Role[],
    work: (
      em: EntityManager,
      viewer: Viewer,
    ) => Promise<{ body: Buffer | string; type: string; name: string }>,
  ): Promise<void> {
    try {
      const em = options.orm.em.fork();
      const viewer = await options.authenticator.viewerFromHeader(req.get('authorization'), em);
      if (!viewer) throw new AppError('UNAUTHENTICATED', 'Send the bearer token.');
      if (!roles.includes(viewer.role) || !viewer.county) {
        throw new AppError('FORBIDDEN', 'Your role may not fetch this file.');
      }
      scopeToViewer(em, viewer);
      const file = await em.transactional(async (tem) => {
        await bindTransaction(tem, bindingOfViewer(viewer));
        return work(tem as EntityManager, viewer);
      });
      res.setHeader('Content-Type', file.type);
      res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(file.body);
    } catch (error) {
      if (error instanceof AppError) {
        res.status(HTTP_STATUS[error.code] ?? 409).json({
          error: { code: error.code, message: error.message },
        });
        return;
      }
      options.logger.error({ err: error, path: req.path }, 'a download failed');
      res
        .status(500)
        .json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    }
  }

  router.get(PAYMENTS_CSV_PATH, (req, res) =>
    serve(req, res, [Role.ADMIN], async (em, viewer) => {
      const roundId = typeof req.query['roundId'] === 'string' ? req.query['roundId'] : null;
      if (roundId !== null && !isUuid(roundId)) {
        throw new AppError('BAD_USER_INPUT', 'roundId must be a UUID.');
      }
      const service = new PaymentService({ em, viewer, requestId: null });
      const rows = await service.rows(roundId ? { round: roundId } : {});
      return {
        body: paymentsCsv(rows),
        type: 'text/csv; charset=utf-8',
        name: `utbetalinger-${viewer.county!.code}${roundId ? `-${rows[0]?.year ?? 'runde'}` : ''}.csv`,
      };
    }),
  );

  router.get(ROUND_ARCHIVE_PATH, (req, res) =>
    serve(req, res, [Role.ADMIN], async (em) => {
      const roundId = req.params['roundId'] ?? '';
      if (!isUuid(roundId)) throw new AppError('BAD_USER_INPUT', 'roundId must be a UUID.');
      const archive = await roundArchive(em, roundId);
      return { body: archive.zip, type: 'application/zip', name: archive.fileName };
    }),
  );

  router.get(REPAYMENT_CLAIM_PATH, (req, res) =>
    serve(req, res, [Role.ADMIN, Role.PARTNERSHIP], async (em) => {
      const id = (req.params['file'] ?? '').replace(/\.pdf$/, '');
      if (!isUuid(id)) throw new AppError('BAD_USER_INPUT', 'Not a repayment claim id.');
      const claim = await em.findOne(RepaymentClaim, { id }, { populate: ['pdf'] });
      if (!claim) throw new AppError('NOT_FOUND', `RepaymentClaim ${id} was not found.`);
      return {
        body: claim.pdf,
        type: 'application/pdf',
        name: `tilbakebetalingskrav-${claim.year}-${claim.id.slice(0, 8)}.pdf`,
      };
    }),
  );

  return router;
}
