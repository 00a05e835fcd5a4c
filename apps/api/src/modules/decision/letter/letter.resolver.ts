import {
  LETTER_BLOCK_IDS,
  LETTER_PLACEHOLDERS,
  type LetterTemplate,
} from '@kompetansemidler/domain';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { requestScoped } from '../../../common/request-container.js';
import type { RequestContext } from '../../../server/request-context.js';
import { Role } from '../../auth/role.js';
import { NoticeDelivery } from '../../notice/notice-delivery.entity.js';
import { Decision } from '../decision.entity.js';
import { DecisionLetter } from './decision-letter.entity.js';
import {
  LetterPreview,
  LetterTemplateDraftInput,
  LetterTemplateType,
  SendDecisionLettersInput,
  UpdateLetterTemplateInput,
} from './letter.types.js';
import { LetterService, letterUrl, previewUrl } from './letter.service.js';

function templateType(t: {
  template: LetterTemplate;
  isDefault: boolean;
  version: number;
}): LetterTemplateType {
  return {
    blocks: LETTER_BLOCK_IDS.map((id) => ({ id, text: t.template.blocks[id] })),
    contact: t.template.contact,
    isDefault: t.isDefault,
    version: t.version,
    placeholders: Object.entries(LETTER_PLACEHOLDERS).map(([name, description]) => ({
      name,
      description,
    })),
  };
}

@Resolver(() => DecisionLetter)
@requestScoped()
export class DecisionLetterResolver {
  constructor(private readonly letters: LetterService) {}

  @FieldResolver(() => String, {
    description: 'Where the PDF is served (GET, with the same bearer token as GraphQL).',
  })
  url(@Root() letter: DecisionLetter): string {
    return letterUrl(letter.id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => LetterTemplateType, { description: 'The county’s decision letter template.' })
  letterTemplate(): Promise<LetterTemplateType> {
    return this.letters.template().then(templateType);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LetterTemplateType, {
    description:
      'Replaces the county’s letter template (checked: every block, placeholders, contact).',
  })
  async updateLetterTemplate(
    @Arg('input', () => UpdateLetterTemplateInput) input: UpdateLetterTemplateInput,
  ): Promise<LetterTemplateType> {
    const updated = await this.letters.updateTemplate({
      template: {
        blocks: Object.fromEntries(input.blocks.map((b) => [b.id, b.text])),
        contact: { ...input.contact },
      },
      expectedVersion: input.expectedVersion,
    });
    return templateType(updated);
  }

  @Authorized(Role.ADMIN)
  @Query(() => LetterPreview, {
    description:
      'A decision’s letter as it would be sent now; with `template`, as it would read with that (unsaved, checked) template.',
  })
  async decisionLetterPreview(
    @Arg('decisionId', () => ID) decisionId: string,
    @Arg('template', () => LetterTemplateDraftInput, { nullable: true })
    template: LetterTemplateDraftInput | null,
  ): Promise<LetterPreview> {
    const { content } = await this.letters.preview(decisionId, {
      pdf: false,
      template: template
        ? {
            blocks: Object.fromEntries(template.blocks.map((b) => [b.id, b.text])),
            contact: { ...template.contact },
          }
        : null,
    });
    return {
      decisionId,
      title: content.title,
      date: content.date,
      recipient: content.recipient,
      sections: content.sections.map((s) => ({
        heading: s.heading,
        paragraphs: s.paragraphs,
        list: s.list ?? [],
        table: s.table ?? null,
      })),
      complaintDeadline: content.complaintDeadline,
      reportDeadline: content.reportDeadline,
      pdfUrl: previewUrl(decisionId),
    };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [Decision], {
    description:
      'Freezes and sends the decision letters of a decided round (each decision once), with a notice by e-mail to the partnership’s contacts.',
  })
  sendDecisionLetters(
    @Arg('input', () => SendDecisionLettersInput) input: SendDecisionLettersInput,
  ): Promise<Decision[]> {
    return this.letters.sendDecisionLetters(input);
  }
}

@Resolver(() => Decision)
@requestScoped()
export class DecisionLetterFieldsResolver {
  constructor(private readonly letterService: LetterService) {}

  @Authorized(Role.ADMIN, Role.PARTNERSHIP)
  @FieldResolver(() => DecisionLetter, {
    nullable: true,
    description: 'The decision letter as sent (frozen); null until it is sent.',
  })
  letter(@Root() decision: Decision, @Ctx() ctx: RequestContext): Promise<DecisionLetter | null> {
    return ctx.loaders
      .get<string, DecisionLetter | null>(
        'decisionLetterByDecision',
        (ids) => this.letterService.latestLetters(ids),
        null,
      )
      .load(decision.id);
  }

  @Authorized(Role.ADMIN, Role.PARTNERSHIP)
  @FieldResolver(() => [DecisionLetter], {
    description:
      'Every letter sent of the decision, oldest first: the decision letter, and a letter for each version made after a complaint (kind COMPLAINT_DECISION).',
  })
  letters(@Root() decision: Decision, @Ctx() ctx: RequestContext): Promise<DecisionLetter[]> {
    return ctx.loaders
      .get<string, DecisionLetter[]>(
        'decisionLettersByDecision',
        (ids) => this.letterService.lettersOf(ids),
        [],
      )
      .load(decision.id);
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => [NoticeDelivery], {
    description: 'The notices about this decision, one per recipient, with their delivery.',
  })
  notices(@Root() decision: Decision, @Ctx() ctx: RequestContext): Promise<NoticeDelivery[]> {
    return ctx.loaders
      .get<string, NoticeDelivery[]>(
        'noticesByDecision',
        async (ids) => {
          const rows = await ctx.em.find(
            NoticeDelivery,
            { subjectId: { $in: [...ids] } },
            { orderBy: { createdAt: 'asc', id: 'asc' } },
          );
          const out = new Map<string, NoticeDelivery[]>();
          for (const r of rows) out.set(r.subjectId!, [...(out.get(r.subjectId!) ?? []), r]);
          return out;
        },
        [],
      )
      .load(decision.id);
  }
}
