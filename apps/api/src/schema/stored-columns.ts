import { MetadataStorage } from '@mikro-orm/core';
import { entities } from '../database/entities.js';
import { textLimits, type StoredColumns } from '../server/input-guard.js';

/**
 * Which varchar column each input field's text is kept in (`Type.field` or `Type.field.argument`
 * → `Entity.property`). The lengths themselves are read from the entities' `@Property({ length })`,
 * so a column's length is written once. Text without a column of its own is capped at
 * MAX_TEXT_LENGTH (server/input-guard.ts).
 */
export const STORED_COLUMNS: StoredColumns = {
  'CreateOwnerInput.orgnr': 'Owner.orgnr',
  'CreateOwnerInput.name': 'Owner.name',
  'CreateOwnerInput.municipalityNumber': 'Municipality.number',
  'UpdateOwnerInput.orgnr': 'Owner.orgnr',
  'UpdateOwnerInput.name': 'Owner.name',
  'UpdateOwnerInput.municipalityNumber': 'Municipality.number',
  'CreateUnitInput.name': 'Unit.name',
  'CreateUnitInput.registerId': 'Unit.registerId',
  'UpdateUnitInput.name': 'Unit.name',
  'UpdateUnitInput.registerId': 'Unit.registerId',
  'CreateInstitutionInput.orgnr': 'Institution.orgnr',
  'CreateInstitutionInput.name': 'Institution.name',
  'UpdateInstitutionInput.orgnr': 'Institution.orgnr',
  'UpdateInstitutionInput.name': 'Institution.name',
  'CreatePartnershipInput.name': 'Partnership.name',
  'UpdatePartnershipInput.name': 'Partnership.name',
  'CreateEarlierCommitmentInput.workId': 'Commitment.workId',
  'UpdateEarlierCommitmentInput.workId': 'Commitment.workId',
  'CreateIndicatorFigureInput.indicatorId': 'SectorIndicator.indicatorId',
  'CreateIndicatorFigureInput.source': 'SectorIndicator.source',
  'CreateIndicatorFigureInput.municipalityNumber': 'Municipality.number',
  'UpdateIndicatorFigureInput.indicatorId': 'SectorIndicator.indicatorId',
  'UpdateIndicatorFigureInput.source': 'SectorIndicator.source',
  'UpdateIndicatorFigureInput.municipalityNumber': 'Municipality.number',
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
  'Query.indicatorFigures.municipalityNumber': 'Municipality.number',
  'Query.owners.municipalityNumber': 'Municipality.number',
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

export function storedTextLimits(): Map<string, number> {
  return textLimits(STORED_COLUMNS, columnLength);
}
