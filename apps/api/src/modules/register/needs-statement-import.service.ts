import type { EntityManager } from '@mikro-orm/postgresql';
import {
  comparableText,
  needsStatementTemplate,
  readNeedsStatementTemplate,
  TEMPLATE_SHEET,
  toCanonicalJson,
  validateNeedsStatement,
  type ImportProblem,
  type NeedsStatementTemplate,
  type TemplateStatement,
} from '@kompetansemidler/domain';
import { createHash } from 'node:crypto';
import {
  requireViewer,
  viewerCountyId,
  type ServiceContext,
} from '../../common/service-context.js';
import { isUuid } from '../../common/uuid.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  ValidationFailedError,
} from '../../errors/app-error.js';
import { County } from '../county/county.entity.js';
import { resolvedPlanOf } from '../county/plan.service.js';
import type { SubmitNeedsStatementInput } from '../needs-statement/dto/needs-statement.inputs.js';
import { NeedsStatementService } from '../needs-statement/needs-statement.service.js';
import { toDomainStatement, type StatementRow } from '../needs-statement/statement-row.js';
import { domainPartnerships } from '../partnership/partnership-domain.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { fundingHistory } from '../round/funding-history.js';
import { Round } from '../round/round.entity.js';
import type {
  ConfirmNeedsStatementImportInput,
  FileDownload,
  ImportedStatement,
  ImportPreview,
  ImportResult,
  PreviewNeedsStatementImportInput,
} from './dto/import.types.js';
import { ImportEntity } from './dto/import.types.js';
import { templateWorkbook } from './needs-statement-template.js';
import { problemExtension, problemType } from './register-import.service.js';
import { fileBytes, isXlsx, readWorkbook, sheetTable, type UploadedFile } from './tabular-file.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

/** Most filled templates one import takes. */
export const MAX_TEMPLATE_FILES = 50;

interface ReadStatement {
  fileName: string;
  statement: TemplateStatement;
  partnership: Partnership | null;
  problems: (ImportProblem & { file: string })[];
}

/**
 * The round's needs-statement template (the plan's 1 December milestone) and the import of filled
 * ones: each is read by the template's layout and checked exactly as the form is (the domain's
 * validateNeedsStatement), every problem at its row and cell; confirmed, all are submitted in one
 * transaction, or none.
 */
@requestScoped()
export class NeedsStatementImportService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  async template(roundId: string): Promise<FileDownload> {
    const { round, template } = await this.roundTemplate(this.ctx.em, roundId);
    const bytes = await templateWorkbook(template);
    return {
      fileName: `behovsmelding-mal-${round.year}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: bytes.toString('base64'),
    };
  }

  async preview(input: PreviewNeedsStatementImportInput): Promise<ImportPreview> {
    const read = await this.readAll(this.ctx.em, input);
    return previewOf(read, fingerprintOf(input.roundId, read));
  }

  async confirm(input: ConfirmNeedsStatementImportInput): Promise<ImportResult> {
    const viewer = requireViewer(this.ctx.viewer);
    return this.ctx.em.transactional(async (em) => {
      const read = await this.readAll(em, input);
      const problems = read.flatMap((r) => r.problems);
      if (problems.length > 0) {
        throw new ValidationFailedError(
          `The templates have ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was submitted.`,
          problems.map(problemExtension),
        );
      }
      if (fingerprintOf(input.roundId, read) !== input.fingerprint) {
        throw new ConflictError(
          'The files or the register changed since the preview: preview them again.',
          { reason: 'IMPORT_CHANGED' },
        );
      }
      const statements = new NeedsStatementService({ ...this.ctx, em, viewer });
      const ids: string[] = [];
      for (const { statement, partnership } of read) {
        const created = await statements.submit(submitInput(input, statement, partnership!));
        ids.push(created.id);
      }
      return {
        summary: [
          { entity: ImportEntity.NEEDS_STATEMENT, created: ids.length, updated: 0, unchanged: 0 },
        ],
        ids,
      };
    });
  }

  private async roundTemplate(
    em: EntityManager,
    roundId: string,
  ): Promise<{ round: Round; template: NeedsStatementTemplate }> {
    const round = isUuid(roundId)
      ? await em.findOne(Round, { id: roundId }, { populate: ['planVersion'] })
      : null;
    if (!round) throw new NotFoundError('Round', roundId);
    const county = await em.findOneOrFail(County, { id: viewerCountyId(this.ctx.viewer) });
    const partnerships = await em.find(
      Partnership,
      { archivedAt: null },
      { orderBy: { name: 'asc' }, fields: ['name'] },
    );
    const template = needsStatementTemplate(resolvedPlanOf(round.planVersion.getEntity()).rules, {
      roundYear: round.year,
      countyName: county.name,
      partnershipNames: partnerships.map((p) => p.name),
    });
    return { round, template };
  }

  /** Every file read by the template and checked by the statement rules. */
  private async readAll(
    em: EntityManager,
    input: PreviewNeedsStatementImportInput,
  ): Promise<ReadStatement[]> {
    if (input.files.length === 0 || input.files.length > MAX_TEMPLATE_FILES) {
      throw new BadUserInputError(`Give 1–${MAX_TEMPLATE_FILES} filled templates.`, {
        field: 'files',
      });
    }
    const { round, template } = await this.roundTemplate(em, input.roundId);
    const plan = resolvedPlanOf(round.planVersion.getEntity());
    const partnerships = await em.find(Partnership, {}, { orderBy: { name: 'asc' } });
    const read: ReadStatement[] = [];
    for (const [index, file] of input.files.entries()) {
      read.push(
        await this.readOne(file, `files.${index}`, template, partnerships, async (row, p) => {
          const domain = (await domainPartnerships(em, [p.id])).get(p.id);
          if (!domain) return [];
          const history = await fundingHistory(em, round.county.id, round.year, {
            workIds: [row.workId],
            ownerOrgnrs: domain.owners.map((o) => o.orgnr),
          });
          const budget = statementBudget(row.statement);
          return validateNeedsStatement(toDomainStatement(row, round.year, domain, budget), {
            plan,
            history,
            frame: round.frame,
          });
        }),
      );
    }
    return read;
  }

  private async readOne(
    file: UploadedFile,
    field: string,
    template: NeedsStatementTemplate,
    partnerships: Partnership[],
    check: (
      row: StatementRow & { statement: TemplateStatement },
      partnership: Partnership,
    ) => Promise<ReturnType<typeof validateNeedsStatement>>,
  ): Promise<ReadStatement> {
    const bytes = fileBytes(file, field);
    if (!isXlsx(bytes)) {
      throw new BadUserInputError(`${file.fileName} is not an xlsx workbook.`, { field });
    }
    const workbook = await readWorkbook(bytes, field);
    const sheet = workbook.getWorksheet(TEMPLATE_SHEET) ?? workbook.worksheets[0];
    const reading = readNeedsStatementTemplate(sheet ? sheetTable(sheet) : [], template);
    const { statement } = reading;
    const problems: (ImportProblem & { file: string })[] = reading.problems.map((p) => ({
      ...p,
      file: file.fileName,
    }));
    const named = statement.partnershipName;
    const matches = named
      ? partnerships.filter((p) => comparableText(p.name) === comparableText(named))
      : [];
    const partnership = matches.length === 1 ? matches[0]! : null;
    const at = reading.locate(['partnership']);
    const fileProblem = (code: string, nb: string, en: string) =>
      problems.push({
        code,
        path: [at?.row ?? 0, 'partnership'],
        message: { nb, en },
        row: at?.row ?? null,
        column: at?.column ?? null,
        file: file.fileName,
      });
    if (named && matches.length === 0) {
      fileProblem(
        'IMPORT_VALUE_UNREADABLE',
        `Partnerskapet «${named}» finnes ikke i registeret.`,
        `The partnership "${named}" is not in the register.`,
      );
    } else if (named && matches.length > 1) {
      fileProblem(
        'IMPORT_VALUE_UNREADABLE',
        `Flere partnerskap heter «${named}»; gi dem ulike navn i registeret først.`,
        `Several partnerships are called "${named}"; give them different names first.`,
      );
    } else if (partnership?.archivedAt) {
      fileProblem(
        'REG_PARTNERSHIP_ARCHIVED',
        `Partnerskapet «${named}» er arkivert og kan ikke sende behovsmeldinger.`,
        `The partnership "${named}" is archived and cannot submit needs statements.`,
      );
    }
    if (partnership && !partnership.archivedAt) {
      const row = statementRow(statement);
      // A cell that could not be read is named once, by the reader, not again by the rules.
      const unreadRows = new Set(reading.problems.map((p) => p.row));
      for (const p of await check(row, partnership)) {
        const where = reading.locate(p.path);
        if (where && unreadRows.has(where.row)) continue;
        problems.push({
          code: p.code,
          path: [...p.path],
          message: p.message,
          row: where?.row ?? null,
          column: where?.column ?? null,
          file: file.fileName,
        });
      }
    }
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return { fileName: file.fileName, statement, partnership, problems };
  }
}

/** The budget as the statement's years, owner + institution as the total. */
function statementBudget(statement: TemplateStatement) {
  return statement.budget.map((b) => ({ ...b, total: b.owner + b.institution }));
}

/** A filled template as a stored statement's columns (for the same check the form gets). */
function statementRow(
  statement: TemplateStatement,
): StatementRow & { statement: TemplateStatement } {
  return {
    statement,
    id: 'template',
    workId: statement.workId ?? 'template-new-work',
    sector: statement.sector,
    themeId: statement.themeId,
    themeItemIds: statement.themeItemIds,
    localNeeds: statement.localNeeds,
    longTermGoals: statement.goals.longTerm,
    subGoals: statement.goals.subGoals,
    measures: statement.measures,
    durationYears: statement.durationYears,
    ownContribution: statement.ownContribution.description,
    ownContributionAmount: statement.ownContribution.amount,
    samiPerspectives: statement.samiPerspectives,
    collectiveLearning: statement.collectiveLearning,
    teacherEducationFeedback: statement.teacherEducationFeedback,
    coordinator: statement.coordinator,
    continuation: statement.continuation,
    participants: statement.participants,
  };
}

function submitInput(
  input: ConfirmNeedsStatementImportInput,
  statement: TemplateStatement,
  partnership: Partnership,
): SubmitNeedsStatementInput {
  return {
    roundId: input.roundId,
    partnershipId: partnership.id,
    override: input.override ?? null,
    title: statement.title,
    workId: statement.workId,
    sector: statement.sector as SubmitNeedsStatementInput['sector'],
    themeId: statement.themeId,
    themeItemIds: statement.themeItemIds,
    localNeeds: statement.localNeeds,
    goals: statement.goals,
    measures: statement.measures as SubmitNeedsStatementInput['measures'],
    durationYears: statement.durationYears,
    budget: statement.budget,
    ownContribution: statement.ownContribution,
    samiPerspectives: statement.samiPerspectives,
    collectiveLearning: statement.collectiveLearning,
    teacherEducationFeedback: statement.teacherEducationFeedback,
    coordinator: statement.coordinator,
    continuation: statement.continuation,
    participants: statement.participants,
    contactName: statement.contactName,
    contactEmail: statement.contactEmail,
  };
}

function fingerprintOf(roundId: string, read: readonly ReadStatement[]): string {
  return createHash('sha256')
    .update(
      toCanonicalJson({
        roundId,
        statements: read.map((r) => ({ partnershipId: r.partnership?.id ?? null, ...r.statement })),
      }),
    )
    .digest('hex');
}

function previewOf(read: readonly ReadStatement[], fingerprint: string): ImportPreview {
  const problems = read.flatMap((r) => r.problems);
  const statements: ImportedStatement[] = read.map((r) => ({
    fileName: r.fileName,
    title: r.statement.title,
    partnershipName: r.partnership?.name ?? r.statement.partnershipName,
    sector: r.statement.sector as ImportedStatement['sector'],
    requestedTotal: r.statement.budget.reduce((sum, b) => sum + b.owner + b.institution, 0),
  }));
  return {
    rows: read.length,
    summary: [
      {
        entity: ImportEntity.NEEDS_STATEMENT,
        created: problems.length === 0 ? read.length : 0,
        updated: 0,
        unchanged: 0,
      },
    ],
    problems: problems.map((p) => problemType(p, p.file)),
    fingerprint,
    canConfirm: problems.length === 0,
    statements,
  };
}
