import { problem, type ValidationProblem } from '../common/validation-problem.js';
import type { Sector } from '../plan/sector.js';

/**
 * A statement's sector, which every allocation and grant is bound to (rule 1's shares, the
 * commitments per sector). Rule 11 requires it on submission, so a statement that reaches the
 * engine or a decision without one is refused: never counted in some default sector.
 */
export function sectorOfStatement(statement: {
  id: string;
  sector?: Sector | null | undefined;
}): Sector | ValidationProblem<'SECTOR_MISSING'> {
  if (statement.sector) return statement.sector;
  return problem(
    'SECTOR_MISSING',
    ['needsStatements', statement.id, 'sector'],
    'Behovsmeldingen har ingen sektor, og kan derfor verken fordeles til eller få tilskudd.',
    'The needs statement has no sector, so it can neither be allocated nor granted funds.',
  );
}
