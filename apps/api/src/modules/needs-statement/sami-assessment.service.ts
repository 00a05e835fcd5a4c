import { samiAssessmentProblems } from '@kompetansemidler/domain';
import { lockForEdit } from '../../common/lock-for-edit.js';
import { requireViewer, type ServiceContext } from '../../common/service-context.js';
import { ConflictError, ValidationFailedError } from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { assertPhase } from '../round/round-phase.js';
import { Round } from '../round/round.entity.js';
import type { AssessSamiPerspectiveInput } from './dto/needs-statement.inputs.js';
import { NeedsStatement, NeedsStatementStatus } from './needs-statement.entity.js';
import { SamiAssessment } from './sami-assessment.entity.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

/**
 * The office records how a needs statement addresses Sámi perspectives. The engine reads the
 * assessment when a scenario runs (allocation-input.ts): it orders statements within a theme rank,
 * after newcomers, and the statement's reasons name it with the plan's clause.
 */
@requestScoped()
export class SamiAssessmentService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  /**
   * Records (or replaces) the assessment in one transaction with its audit entry. The statement is
   * locked for the while (a partnership's edit waits), but its own version stays: the assessment is
   * the office's, not part of the partnership's statement. Refused: a round outside the phases
   * (WRONG_PHASE unless overridden with a reason), a withdrawn statement, a level or reason the
   * domain refuses (VALIDATION_FAILED with the field), a stale version (CONFLICT).
   */
  async assess(input: AssessSamiPerspectiveInput): Promise<NeedsStatement> {
    const viewer = requireViewer(this.ctx.viewer);
    return this.ctx.em.transactional(async (em) => {
      const ns = await lockForEdit(em, NeedsStatement, input.needsStatementId, null);
      const round = await em.findOneOrFail(Round, { id: ns.round.id });
      const phaseReason = assertPhase(round, 'assessSamiPerspective', viewer, input.override);
      if (ns.status === NeedsStatementStatus.WITHDRAWN) {
        throw new ValidationFailedError('A withdrawn needs statement is not assessed.', [
          {
            code: 'NS_WITHDRAWN',
            path: ['needsStatementId'],
            message: {
              nb: 'Behovsmeldingen er trukket og vurderes ikke.',
              en: 'The needs statement is withdrawn and is not assessed.',
            },
          },
        ]);
      }
      const problems = samiAssessmentProblems(input.level, input.reason);
      if (problems.length > 0) {
        throw new ValidationFailedError(
          `The assessment has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
          problems,
        );
      }
      const existing = await em.findOne(SamiAssessment, { needsStatement: ns.id });
      if (existing && input.expectedVersion != null && existing.version !== input.expectedVersion) {
        throw new ConflictError(
          `Someone else changed this assessment (now version ${existing.version}, you edited ${input.expectedVersion}). Reload it and try again.`,
          { reason: 'STALE_VERSION', currentVersion: existing.version },
        );
      }
      const before = existing ? snapshot(existing) : null;
      const assessment =
        existing ??
        em.create(SamiAssessment, {
          county: ns.county,
          needsStatement: ns,
          level: input.level,
          reason: '',
          assessedBy: viewer.subject,
          assessedByName: viewer.name,
          assessedAt: new Date(),
        });
      assessment.level = input.level;
      assessment.reason = input.reason.trim();
      assessment.assessedBy = viewer.subject;
      assessment.assessedByName = viewer.name;
      assessment.assessedAt = new Date();
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'assessSamiPerspective',
        entityType: 'NeedsStatement',
        entityId: ns.id,
        before,
        after: snapshot(assessment),
        reason: phaseReason ? `${assessment.reason} (${phaseReason})` : assessment.reason,
      });
      return ns;
    });
  }
}
