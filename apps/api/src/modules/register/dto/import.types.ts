import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Sector } from '../../../common/enums.js';
import { LocalizedText } from '../../../common/localized-text.type.js';
import { PhaseOverrideInput } from '../../../common/phase-override.input.js';

export enum RegisterImportKind {
  REGISTER = 'REGISTER',
  INDICATORS = 'INDICATORS',
  COMMITMENTS = 'COMMITMENTS',
}
registerEnumType(RegisterImportKind, {
  name: 'RegisterImportKind',
  description:
    'REGISTER: a register extract (owners and their units); INDICATORS: knowledge-base figures; COMMITMENTS: earlier commitments.',
});

export enum ImportEntity {
  OWNER = 'OWNER',
  UNIT = 'UNIT',
  INDICATOR_FIGURE = 'INDICATOR_FIGURE',
  COMMITMENT = 'COMMITMENT',
  NEEDS_STATEMENT = 'NEEDS_STATEMENT',
}
registerEnumType(ImportEntity, { name: 'ImportEntity' });

@InputType({ description: 'A file the office uploads: xlsx or CSV, its bytes as base64.' })
export class ImportFileInput {
  @Field()
  fileName!: string;

  @Field({ description: 'The file’s bytes, base64 (at most 4 MB).' })
  contentBase64!: string;
}

@InputType()
export class PreviewRegisterImportInput {
  @Field(() => RegisterImportKind)
  kind!: RegisterImportKind;

  @Field(() => ImportFileInput)
  file!: ImportFileInput;
}

@InputType()
export class ConfirmRegisterImportInput extends PreviewRegisterImportInput {
  @Field({
    description:
      'The preview’s fingerprint: the import is written only if it would still do exactly what the preview showed.',
  })
  fingerprint!: string;
}

@InputType()
export class PreviewNeedsStatementImportInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => [ImportFileInput], { description: 'Filled templates, one statement each.' })
  files!: ImportFileInput[];
}

@InputType()
export class ConfirmNeedsStatementImportInput extends PreviewNeedsStatementImportInput {
  @Field()
  fingerprint!: string;

  @Field(() => PhaseOverrideInput, {
    nullable: true,
    description: 'To submit outside the round’s open phase (the reason is audited).',
  })
  override?: PhaseOverrideInput | null;
}

@ObjectType({ description: 'A problem of an imported file where a person finds it.' })
export class ImportProblemType {
  @Field(() => String, { nullable: true, description: 'The file (imports of several files).' })
  file!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The spreadsheet row (1 is the header); null for the whole file.',
  })
  row!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The column as its header reads; null for the whole row.',
  })
  column!: string | null;

  @Field({ description: 'Stable code, e.g. REG_ORGNR_INVALID or IMPORT_VALUE_UNREADABLE.' })
  code!: string;

  @Field(() => LocalizedText)
  message!: LocalizedText;
}

@ObjectType({ description: 'What an import does to one kind of row.' })
export class ImportCount {
  @Field(() => ImportEntity)
  entity!: ImportEntity;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;
}

@ObjectType({ description: 'A needs statement a filled template would submit.' })
export class ImportedStatement {
  @Field()
  fileName!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  partnershipName!: string | null;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field(() => Int, { description: 'Requested over all years, whole kroner.' })
  requestedTotal!: number;
}

@ObjectType({
  description:
    'What an import would do, and every problem it has by row and column. Nothing is written.',
})
export class ImportPreview {
  @Field(() => Int, { description: 'Data rows (or files) read.' })
  rows!: number;

  @Field(() => [ImportCount])
  summary!: ImportCount[];

  @Field(() => [ImportProblemType])
  problems!: ImportProblemType[];

  @Field({ description: 'Confirm with this: it names exactly the changes shown.' })
  fingerprint!: string;

  @Field({ description: 'No problems: the import may be confirmed.' })
  canConfirm!: boolean;

  @Field(() => [ImportedStatement], { description: 'Template imports: the statements.' })
  statements!: ImportedStatement[];
}

@ObjectType({ description: 'What a confirmed import wrote, all of it in one transaction.' })
export class ImportResult {
  @Field(() => [ImportCount])
  summary!: ImportCount[];

  @Field(() => [ID], { description: 'Ids of the rows created or changed.' })
  ids!: string[];
}

@ObjectType({ description: 'A file to download.' })
export class FileDownload {
  @Field()
  fileName!: string;

  @Field()
  contentType!: string;

  @Field({ description: 'The file’s bytes, base64.' })
  contentBase64!: string;
}
