import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEFAULT_LETTER_TEMPLATE,
  SECTOR_LABELS,
  changedDecisionLetterContent,
  decisionLetterContent,
  formatKroner,
  findTheme,
  letterTemplateProblems,
  type ChangedDecisionFacts,
  type DecisionLetterFacts,
  type LetterContent,
  type LetterTemplate,
} from '@kompetansemidler/domain';
import { createHash } from 'node:crypto';
import {
  requireViewer,
  viewerCountyId,
  type ServiceContext,
} from '../../../common/service-context.js';
import {
  ConflictError,
  NotFoundError,
  ValidationFailedError,
  WrongPhaseError,
} from '../../../errors/app-error.js';
import { recordAudit, snapshot } from '../../audit/audit.service.js';
import { County } from '../../county/county.entity.js';
import { resolvedPlanOf } from '../../county/plan.service.js';
import { NoticeKind } from '../../notice/notice-delivery.entity.js';
import { changedDecisionNoticeText, decisionNoticeText } from '../../notice/notice-templates.js';
import { NoticeService } from '../../notice/notice.service.js';
import { partnershipRecipients } from '../../notice/recipients.js';
import { RoundStatus } from '../../round/round-status.js';
import { Round } from '../../round/round.entity.js';
import { Decision } from '../decision.entity.js';
import { DecisionLetter, LetterKind } from './decision-letter.entity.js';
import { renderLetterPdf } from './letter-pdf.js';
import { LetterTemplateRecord } from './letter-template.entity.js';
import { injectServiceContext, requestScoped } from '../../../common/request-container.js';

/** The path a frozen letter's PDF is served on (with the same bearer token as GraphQL). */
export const LETTERS_PATH = '/letters';
export const letterUrl = (letterId: string) => `${LETTERS_PATH}/${letterId}.pdf`;
export const previewUrl = (decisionId: string) => `${LETTERS_PATH}/preview/${decisionId}.pdf`;

/** Rounds whose decisions' letters may be sent. */
const SENDABLE = [RoundStatus.DECIDED, RoundStatus.REPORTING];

/** A letter frozen in the caller's transaction. */
export interface FreezeInput {
  decision: Decision;
  kind: LetterKind;
  content: LetterContent;
  frozenBy: string;
}

/**
 * Decision letters: the county's template, the letter's content (the domain's
 * decisionLetterContent), the PDF, and freezing (bytes and SHA-256 stored, never changed).
 *
 * For other modules (a complaint's new decision version, a repayment claim): build your
 * `LetterContent`, then `LetterService.render(content, meta)` for a preview's bytes, or take a
 * `LetterService` in your service's constructor (the request's container injects it; outside a
 * request `new LetterService(ctx)`) and `letters.freeze(em, { decision, kind, content, frozenBy })`
 * inside your transaction to store it, and `NoticeService.enqueue(...)` with the letter's id to
 * send it.
 */
@requestScoped()
export class LetterService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  /** Renders a letter's PDF (pure: the same content and date give the same bytes). */
  static render(
    content: LetterContent,
    meta: { office: string; date: Date; watermark?: string },
  ): Promise<Uint8Array> {
    return renderLetterPdf(content, meta);
  }

  /** The county's template: its own, or the default. */
  static async templateOf(em: EntityManager, countyId: string): Promise<LetterTemplate> {
    const stored = await em.findOne(LetterTemplateRecord, { county: countyId });
    return stored?.template ?? DEFAULT_LETTER_TEMPLATE;
  }

  async template(): Promise<{ template: LetterTemplate; isDefault: boolean; version: number }> {
    const countyId = viewerCountyId(this.ctx.viewer);
    const stored = await this.ctx.em.findOne(LetterTemplateRecord, { county: countyId });
    return stored
      ? { template: stored.template, isDefault: false, version: stored.version }
      : { template: DEFAULT_LETTER_TEMPLATE, isDefault: true, version: 0 };
  }

  /** Replaces the county's template after the domain's checks (optimistic: `expectedVersion`). */
  async updateTemplate(input: {
    template: { blocks: Record<string, string>; contact: Record<string, string> };
    expectedVersion: number;
  }): Promise<{ template: LetterTemplate; isDefault: boolean; version: number }> {
    const viewer = requireViewer(this.ctx.viewer);
    const countyId = viewerCountyId(viewer);
    const problems = letterTemplateProblems(input.template);
    if (problems.length > 0) {
      throw new ValidationFailedError('The letter template has problems.', problems);
    }
    const template = input.template as unknown as LetterTemplate;
    return this.ctx.em.transactional(async (em) => {
      const stored = await em.findOne(LetterTemplateRecord, { county: countyId });
      if ((stored?.version ?? 0) !== input.expectedVersion) {
        throw new ConflictError('Someone else changed the letter template first.', {
          expectedVersion: input.expectedVersion,
          version: stored?.version ?? 0,
        });
      }
      const before = stored ? snapshot(stored) : null;
      const record =
        stored ??
        em.create(LetterTemplateRecord, {
          county: em.getReference(County, countyId),
          template,
          updatedBy: viewer.subject,
        });
      record.template = template;
      record.updatedBy = viewer.subject;
      record.updatedAt = new Date();
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'updateLetterTemplate',
        entityType: 'LetterTemplate',
        entityId: record.id,
        before,
        after: snapshot(record),
      });
      return { template: record.template, isDefault: false, version: record.version };
    });
  }

  /** The decision letter's content as it would be sent today (with the county's template). */
  async contentOf(
    em: EntityManager,
    decision: Decision,
    letterDate: Date,
    template?: LetterTemplate,
  ): Promise<LetterContent> {
    return decisionLetterContent(
      await decisionFacts(em, decision, letterDate),
      template ?? (await LetterService.templateOf(em, decision.county.id)),
    );
  }

  /**
   * A preview: the letter's content, and (when asked) an unfrozen PDF marked «UTKAST». With a
   * draft `template` (checked like a saved one), the letter as it would read with it.
   */
  async preview(
    decisionId: string,
    options: {
      pdf: boolean;
      template?: { blocks: Record<string, string>; contact: Record<string, string> } | null;
    } = { pdf: true },
  ): Promise<{ content: LetterContent; pdf: Uint8Array | null }> {
    let draft: LetterTemplate | undefined;
    if (options.template) {
      const problems = letterTemplateProblems(options.template);
      if (problems.length > 0) {
        throw new ValidationFailedError('The letter template has problems.', problems);
      }
      draft = options.template as unknown as LetterTemplate;
    }
    const decision = await this.ctx.em.findOne(Decision, { id: decisionId });
    if (!decision) throw new NotFoundError('Decision', decisionId);
    const now = new Date();
    const content = await this.contentOf(this.ctx.em, decision, now, draft);
    if (!options.pdf) return { content, pdf: null };
    const template = draft ?? (await LetterService.templateOf(this.ctx.em, decision.county.id));
    const pdf = await LetterService.render(content, {
      office: template.contact.officeName,
      date: now,
      watermark: 'UTKAST – ikke sendt',
    });
    return { content, pdf };
  }

  /** Stores a letter as sent: its PDF, SHA-256 and content, never changed again. */
  async freeze(em: EntityManager, input: FreezeInput): Promise<DecisionLetter> {
    const frozenAt = new Date();
    const template = await LetterService.templateOf(em, input.decision.county.id);
    const pdf = Buffer.from(
      await LetterService.render(input.content, {
        office: template.contact.officeName,
        date: frozenAt,
      }),
    );
    const earlier = await em.count(DecisionLetter, {
      decision: input.decision.id,
      kind: input.kind,
    });
    const letter = em.create(DecisionLetter, {
      county: input.decision.county,
      decision: input.decision,
      partnership: input.decision.partnership,
      kind: input.kind,
      sequence: earlier + 1,
      title: input.content.title.slice(0, 300),
      pdf,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      byteLength: pdf.length,
      content: input.content,
      frozenAt,
      frozenBy: input.frozenBy,
    });
    await em.flush();
    return letter;
  }

  /**
   * Sends the decision letters of a round (all of them, or those named): each decision without a
   * letter gets one, frozen, and a notice with the letter to each of the partnership's contacts,
   * all in one transaction. A decision that has its letter is left as it is (sending twice sends
   * nothing new). Returns the round's decisions that have a letter now.
   */
  async sendDecisionLetters(input: {
    roundId: string;
    decisionIds?: string[] | null;
  }): Promise<Decision[]> {
    const viewer = requireViewer(this.ctx.viewer);
    const countyId = viewerCountyId(viewer);
    return this.ctx.em.transactional(async (em) => {
      const round = await em.findOne(Round, { id: input.roundId });
      if (!round) throw new NotFoundError('Round', input.roundId);
      if (!SENDABLE.includes(round.status)) {
        throw new WrongPhaseError('sendDecisionLetters', round.status, SENDABLE);
      }
      const where = input.decisionIds?.length
        ? { round: round.id, id: { $in: input.decisionIds } }
        : { round: round.id };
      const decisions = await em.find(Decision, where, {
        populate: ['partnership', 'needsStatement'],
        orderBy: { id: 'asc' },
      });
      if (input.decisionIds?.length && decisions.length !== new Set(input.decisionIds).size) {
        throw new NotFoundError('Decision', input.decisionIds.join(', '));
      }
      const sent = new Set(
        (
          await em.find(
            DecisionLetter,
            { decision: { $in: decisions.map((d) => d.id) }, kind: LetterKind.DECISION },
            { fields: ['decision'] },
          )
        ).map((l) => l.decision.id),
      );
      const template = await LetterService.templateOf(em, countyId);
      for (const decision of decisions) {
        if (sent.has(decision.id)) continue;
        const content = await this.contentOf(em, decision, new Date());
        const letter = await this.freeze(em, {
          decision,
          kind: LetterKind.DECISION,
          content,
          frozenBy: viewer.subject,
        });
        const text = decisionNoticeText({
          partnership: decision.partnership.getEntity().name,
          roundYear: round.year,
          letterTitle: content.title,
          office: template.contact.officeName,
          complaintDeadline: content.complaintDeadline,
        });
        await notifyPartnership(em, countyId, decision, letter, text, 'decision-letter');
        recordAudit(em, this.ctx, {
          action: 'sendDecisionLetter',
          entityType: 'Decision',
          entityId: decision.id,
          after: { letterId: letter.id, sha256: letter.sha256, frozenAt: letter.frozenAt },
        });
      }
      return decisions;
    });
  }

  /**
   * The letter of a decision changed after a complaint (fvl. § 33), in the caller's transaction:
   * the new version's decision letter opened by the complaint and the office's reasons for the
   * change, frozen as COMPLAINT_DECISION, and a notice with it to each of the partnership's
   * contacts. Call it after the decision holds the new version's content.
   */
  async sendChangedDecisionLetter(
    em: EntityManager,
    input: { decision: Decision; change: ChangedDecisionFacts; frozenBy: string },
  ): Promise<DecisionLetter> {
    const { decision } = input;
    await em.populate(decision, ['partnership', 'needsStatement', 'round']);
    const content = changedDecisionLetterContent(
      await this.contentOf(em, decision, new Date()),
      input.change,
    );
    const letter = await this.freeze(em, {
      decision,
      kind: LetterKind.COMPLAINT_DECISION,
      content,
      frozenBy: input.frozenBy,
    });
    const template = await LetterService.templateOf(em, decision.county.id);
    const text = changedDecisionNoticeText({
      partnership: decision.partnership.getEntity().name,
      roundYear: decision.round.getEntity().year,
      letterTitle: content.title,
      office: template.contact.officeName,
      complaintDeadline: content.complaintDeadline,
    });
    await notifyPartnership(
      em,
      decision.county.id,
      decision,
      letter,
      text,
      'complaint-decision-letter',
    );
    return letter;
  }

  /** Every frozen letter of each decision (decision letters, changed decisions), in order. */
  async lettersOf(decisionIds: readonly string[]): Promise<Map<string, DecisionLetter[]>> {
    const letters = await this.ctx.em.find(
      DecisionLetter,
      {
        decision: { $in: [...decisionIds] },
        kind: { $in: [LetterKind.DECISION, LetterKind.COMPLAINT_DECISION] },
      },
      { orderBy: { frozenAt: 'asc', sequence: 'asc' } },
    );
    const out = new Map<string, DecisionLetter[]>();
    for (const l of letters) out.set(l.decision.id, [...(out.get(l.decision.id) ?? []), l]);
    return out;
  }

  /** The latest frozen decision letter of each decision, batched. */
  async latestLetters(decisionIds: readonly string[]): Promise<Map<string, DecisionLetter>> {
    const letters = await this.ctx.em.find(
      DecisionLetter,
      { decision: { $in: [...decisionIds] }, kind: LetterKind.DECISION },
      { orderBy: { sequence: 'asc' } },
    );
    return new Map(letters.map((l) => [l.decision.id, l]));
  }
}

/** A notice with a frozen letter to each of the decision's partnership's contacts, once each. */
async function notifyPartnership(
  em: EntityManager,
  countyId: string,
  decision: Decision,
  letter: DecisionLetter,
  text: { subject: string; body: string },
  keyPrefix: string,
): Promise<void> {
  const partnership = decision.partnership.getEntity();
  const statement = decision.needsStatement.getEntity();
  await NoticeService.enqueue(
    em,
    countyId,
    partnershipRecipients(partnership, {
      name: statement.contactName,
      email: statement.contactEmail,
    }).map((r) => ({
      kind: NoticeKind.DECISION,
      idempotencyKey: `${keyPrefix}:${letter.id}:${r.address}`,
      recipient: r.address,
      recipientName: r.name,
      ...text,
      letterId: letter.id,
      partnershipId: partnership.id,
      subjectId: decision.id,
    })),
  );
}

/** What the letter says of a decision: its grant, statement, round, plan clauses and calendar. */
async function decisionFacts(
  em: EntityManager,
  decision: Decision,
  letterDate: Date,
): Promise<DecisionLetterFacts> {
  await em.populate(decision, [
    'round.planVersion',
    'needsStatement',
    'partnership.owners',
    'partnership.institution',
  ]);
  const round = decision.round.getEntity();
  const statement = decision.needsStatement.getEntity();
  const partnership = decision.partnership.getEntity();
  const plan = resolvedPlanOf(round.planVersion.getEntity());
  const theme = statement.themeId ? findTheme(plan.rules, statement.themeId) : undefined;
  const statementFacts = [
    `Behovsmelding: «${statement.title}».`,
    ...(statement.sector ? [`Sektor: ${SECTOR_LABELS[statement.sector].nb.toLowerCase()}.`] : []),
    theme
      ? `Tema: ${theme.theme.title.nb} (prioritet ${theme.theme.rank} i sektoren).`
      : 'Tema: utenfor planens listede temaer (rangeres etter dem).',
    ...(statement.durationYears ? [`Varighet: ${statement.durationYears} år.`] : []),
    `Samlet søknadsbeløp for alle år: ${formatKroner(statement.requestedTotal)}.`,
  ];
  return {
    status: decision.status,
    partnership: {
      name: partnership.name,
      owners: partnership.owners.getItems().map((o) => o.name),
      institution: partnership.institution.getEntity().name,
    },
    roundYear: round.year,
    decidedAt: decision.decidedAt.toISOString(),
    letterDate: letterDate.toISOString().slice(0, 10),
    requestedThisYear: decision.requestedThisYear,
    grantedThisYear: decision.grantedThisYear,
    grantedTotal: decision.grantedTotal,
    grantedPerYear: decision.grantedPerYear,
    statementFacts,
    justification: decision.justification,
    clauses: decision.clauses
      .map((id) => {
        const clause = plan.clauses[id];
        return clause
          ? { id, section: clause.section, text: clause.text, source: clause.source }
          : null;
      })
      .filter((c) => c !== null),
    calendar: round.calendar,
  };
}
