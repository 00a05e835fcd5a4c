import type { NeedsStatement } from '../needs-statement/needs-statement.schema.js';
import { sectorOfStatement } from '../needs-statement/statement-sector.js';
import { AllocationInputError } from './allocation-input-error.js';
import type { AllocationCandidate } from './allocation.types.js';

/**
 * The engine's view of a (validated) needs statement, with the round's indicator figures. A
 * statement without a sector is refused (AllocationInputError SECTOR_MISSING).
 */
export function candidateFromNeedsStatement(
  statement: NeedsStatement,
  extras: Pick<AllocationCandidate, 'indicators' | 'officeKnowledge' | 'samiAssessment'> = {},
): AllocationCandidate {
  const sector = sectorOfStatement(statement);
  if (typeof sector !== 'string') throw new AllocationInputError([sector]);
  const candidate: AllocationCandidate = {
    id: statement.id,
    partnershipId: statement.partnership.id,
    workId: statement.continuation?.workId ?? statement.id,
    sector,
    themeId: statement.themeId ?? '',
    durationYears: statement.durationYears ?? 0,
    budget: statement.budget.map((b) => ({
      year: b.year,
      owner: b.owner,
      institution: b.institution,
      total: b.total,
      coordinator: b.coordinator,
    })),
    owners: statement.partnership.owners.map((o) => ({
      orgnr: o.orgnr,
      ownership: o.ownership,
      municipalityNumber: o.municipalityNumber,
    })),
    institution: { ...statement.partnership.institution },
  };
  if (extras.indicators) candidate.indicators = { ...extras.indicators };
  if (extras.officeKnowledge) candidate.officeKnowledge = { ...extras.officeKnowledge };
  if (extras.samiAssessment) candidate.samiAssessment = { ...extras.samiAssessment };
  return candidate;
}
