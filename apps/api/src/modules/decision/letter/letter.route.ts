import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { isUuid } from '../../../common/uuid.js';
import { bindTransaction } from '../../../database/row-level-security.js';
import { AppError } from '../../../errors/app-error.js';
import type { Logger } from '../../../logger.js';
import { bindingOfViewer, scopeToViewer } from '../../../server/request-context.js';
import type { Authenticator } from '../../auth/authenticator.js';
import { Role } from '../../auth/role.js';
import type { Viewer } from '../../auth/viewer.js';
import { letterFileName } from '../../notice/notice-delivery.job.js';
import { DecisionLetter } from './decision-letter.entity.js';
import { LetterService } from './letter.service.js';

/**
 * The letters' PDFs over HTTP, with the same bearer token as GraphQL:
 * - `GET /letters/<letter id>.pdf`: a frozen letter, exactly as sent (its SHA-256 in the
 *   `x-content-sha256` header); the office of its county, or the partnership it was sent to.
 * - `GET /letters/preview/<decision id>.pdf`: a draft marked «UTKAST», the office only.
 * Each request runs in one transaction bound to the caller's county (row-level security), with
 * the caller's filters (a partnership sees only its own letters); anything else is 404.
 */
export function letterRoutes(
  orm: MikroORM,
  authenticator: Authenticator,
  logger: Logger,
): express.Router {
  const router = express.Router();
  const withViewer = async (
    req: express.Request,
    res: express.Response,
    roles: readonly Role[],
    work: (ctx: { em: ReturnType<MikroORM['em']['fork']>; viewer: Viewer }) => Promise<void>,
  ): Promise<void> => {
    const em = orm.em.fork();
    let viewer: Viewer | null;
    try {
      viewer = await authenticator.viewerFromHeader(req.get('authorization'), em);
    } catch (error) {
      if (error instanceof AppError) {
        res
          .status(401)
          .json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
        return;
      }
      throw error;
    }
    if (!viewer) {
      res
        .status(401)
        .json({ errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    if (!roles.includes(viewer.role)) {
      res.status(403).json({
        errors: [{ message: 'Your role may not read letters.', extensions: { code: 'FORBIDDEN' } }],
      });
      return;
    }
    scopeToViewer(em, viewer);
    await em.begin();
    try {
      await bindTransaction(em, bindingOfViewer(viewer));
      await work({ em, viewer });
      await em.commit();
    } catch (error) {
      await em.rollback();
      throw error;
    }
  };
  const notFound = (res: express.Response) =>
    res
      .status(404)
      .json({ errors: [{ message: 'No such letter.', extensions: { code: 'NOT_FOUND' } }] });
  const sendPdf = (res: express.Response, pdf: Uint8Array, name: string, sha256?: string) => {
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="${name}.pdf"`);
    res.setHeader('cache-control', 'private, no-store');
    if (sha256) res.setHeader('x-content-sha256', sha256);
    res.end(Buffer.from(pdf));
  };

  router.get('/preview/:decisionId.pdf', (req, res, next) => {
    const { decisionId } = req.params;
    if (!isUuid(decisionId)) return void notFound(res);
    withViewer(req, res, [Role.ADMIN], async ({ em, viewer }) => {
      try {
        const { pdf, content } = await new LetterService({ em, viewer, requestId: null }).preview(
          decisionId,
        );
        sendPdf(res, pdf!, `utkast-${letterFileName(content.title)}`);
      } catch (error) {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return void notFound(res);
        throw error;
      }
    }).catch((error: unknown) => {
      logger.error({ err: error }, 'letter preview failed');
      next(error);
    });
  });

  router.get('/:letterId.pdf', (req, res, next) => {
    const { letterId } = req.params;
    if (!isUuid(letterId)) return void notFound(res);
    withViewer(req, res, [Role.ADMIN, Role.PARTNERSHIP], async ({ em }) => {
      const letter = await em.findOne(DecisionLetter, { id: letterId }, { populate: ['pdf'] });
      if (!letter) return void notFound(res);
      sendPdf(res, letter.pdf, letterFileName(letter.title), letter.sha256);
    }).catch((error: unknown) => {
      logger.error({ err: error }, 'letter download failed');
      next(error);
    });
  });
  return router;
}
