import { Arg, Authorized, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requestScoped } from '../../common/request-container.js';
import { Role } from '../auth/role.js';
import {
  ConfirmNeedsStatementImportInput,
  ConfirmRegisterImportInput,
  FileDownload,
  ImportPreview,
  ImportResult,
  PreviewNeedsStatementImportInput,
  PreviewRegisterImportInput,
} from './dto/import.types.js';
import { NeedsStatementImportService } from './needs-statement-import.service.js';
import { RegisterImportService } from './register-import.service.js';

/** The operations the import route (larger request bodies) takes, and nothing else. */
export const IMPORT_OPERATIONS = [
  'previewRegisterImport',
  'confirmRegisterImport',
  'previewNeedsStatementImport',
  'confirmNeedsStatementImport',
] as const;

/**
 * Imports into the office's register and the needs-statement template (ADMIN). A preview writes
 * nothing and lists every problem by row and column; a confirmation writes all of it in one
 * transaction, or nothing.
 */
@Resolver()
@requestScoped()
export class RegisterImportResolver {
  constructor(
    private readonly registerImport: RegisterImportService,
    private readonly statementImport: NeedsStatementImportService,
  ) {}

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportPreview, {
    description:
      'Reads a register extract, indicator table or table of earlier commitments (xlsx or CSV) and shows what it would change and every problem. Writes nothing.',
  })
  previewRegisterImport(
    @Arg('input', () => PreviewRegisterImportInput) input: PreviewRegisterImportInput,
  ): Promise<ImportPreview> {
    return this.registerImport.preview(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportResult, {
    description:
      'Writes a previewed import, all of it or (VALIDATION_FAILED; CONFLICT reason IMPORT_CHANGED when the register changed) nothing.',
  })
  confirmRegisterImport(
    @Arg('input', () => ConfirmRegisterImportInput) input: ConfirmRegisterImportInput,
  ): Promise<ImportResult> {
    return this.registerImport.confirm(input);
  }

  @Authorized(Role.ADMIN)
  @Query(() => FileDownload, {
    description: 'The round’s needs-statement template (xlsx), with the plan’s themes and lists.',
  })
  needsStatementTemplate(@Arg('roundId', () => ID) roundId: string): Promise<FileDownload> {
    return this.statementImport.template(roundId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportPreview, {
    description:
      'Reads filled templates and checks each statement exactly as the form is checked. Writes nothing.',
  })
  previewNeedsStatementImport(
    @Arg('input', () => PreviewNeedsStatementImportInput) input: PreviewNeedsStatementImportInput,
  ): Promise<ImportPreview> {
    return this.statementImport.preview(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportResult, {
    description: 'Submits the previewed statements to the round: all of them, or none.',
  })
  confirmNeedsStatementImport(
    @Arg('input', () => ConfirmNeedsStatementImportInput) input: ConfirmNeedsStatementImportInput,
  ): Promise<ImportResult> {
    return this.statementImport.confirm(input);
  }
}
