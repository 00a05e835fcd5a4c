import { MetadataStorage } from '@mikro-orm/core';
import { entities } from '../database/entities.js';
import { MAX_IMPORT_FILE_BYTES } from '../modules/register/tabular-file.js';
import { textLimits, type StoredColumns } from '../server/input-guard.js';

/** Base64 characters of the largest file an import takes. */
const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;

/**
 * Which varchar column each input field's text is kept in (`Type.field` or `Type.field.argument`
 * → `Entity.property`). The lengths themselves are read from the entities' `@Property({ length })`,
 * so a column's length is written once. Text without a column of its own is capped at
 * MAX_TEXT_LENGTH (server/input-guard.ts), as are codes the domain normalises before storing them
 * (an organisation number sent as `986 105 174`), whose format rules then hold them to the column.
 */
export const STORED_COLUMNS: StoredColumns = {
  'ImportFileInput.contentBase64': MAX_IMPORT_BASE64,
  'RegisterComplaintInput.complainant': 'Complaint.complainant',
  'CreateOwnerInput.name': 'Owner.name',
  'UpdateOwnerInput.name': 'Owner.name',
  'CreateUnitInput.name': 'Unit.name',
  'UpdateUnitInput.name': 'Unit.name',
  'CreateInstitutionInput.name': 'Institution.name',
  'UpdateInstitutionInput.name': 'Institution.name',
  'CreatePartnershipInput.name': 'Partnership.name',
  'UpdatePartnershipInput.name': 'Partnership.name',
  'CreateEarlierCommitmentInput.workId': 'Commitment.workId',
  'UpdateEarlierCommitmentInput.workId': 'Commitment.workId',
  'CreateIndicatorFigureInput.indicatorId': 'SectorIndicator.indicatorId',
  'CreateIndicatorFigureInput.source': 'SectorIndicator.source',
  'UpdateIndicatorFigureInput.indicatorId': 'SectorIndicator.indicatorId',
  'UpdateIndicatorFigureInput.source': 'SectorIndicator.source',
  'SubmitNeedsStatementInput.title': 'NeedsStatement.title',
  'SubmitNeedsStatementInput.workId': 'NeedsStatement.workId',
  'SubmitNeedsStatementInput.themeId': 'NeedsStatement.themeId',
  'SubmitNeedsStatementInput.contactName': 'NeedsStatement.contactName',
  'SubmitNeedsStatementInput.contactEmail': 'NeedsStatement.contactEmail',
  'UpdateNeedsStatementInput.title': 'NeedsStatement.title',
  'UpdateNeedsStatementInput.workId': 'NeedsStatement.workId',
  'UpdateNeedsStatementInput.themeId': 'NeedsStatement.themeId',
  'UpdateNeedsStatementInput.contactName': 'NeedsStatement.contactName',
  'UpdateNeedsStatementInput.contactEmail': 'NeedsStatement.contactEmail',
  'RunScenarioInput.name': ['Scenario.name', 'ScenarioRun.name'],
  'Query.auditLog.action': 'AuditLogEntry.action',
  'Query.auditLog.entityType': 'AuditLogEntry.entityType',
  'Query.auditLog.entityId': 'AuditLogEntry.entityId',
  'Query.indicatorFigures.indicatorId': 'SectorIndicator.indicatorId',
  'Query.nationalStatistics.counties': 'County.code',
  'Mutation.devSignIn.countyCode': 'County.code',
};

/** A varchar property's length, from the entity's decorators (no ORM needed). */
export function columnLength(entity: string, property: string): number | undefined {
  const target = entities.find((e) => e.name === entity);
  if (!target) return undefined;
  const prop = MetadataStorage.getMetadataFromDecorator(target).properties[property as never] as
    { length?: number; type?: unknown } | undefined;
  return typeof prop?.length === 'number' ? prop.length : undefined;
}

/** Text that is neither a column nor free text: an imported file, base64 (4 bytes per 3). */
export const OTHER_TEXT_LIMITS: Readonly<Record<string, number>> = {
  'ImportFileInput.contentBase64': Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4,
};

export function storedTextLimits(): Map<string, number> {
  const limits = textLimits(STORED_COLUMNS, columnLength);
  for (const [key, max] of Object.entries(OTHER_TEXT_LIMITS)) limits.set(key, max);
  return limits;
}
