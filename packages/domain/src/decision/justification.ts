import type { LocalizedText } from '../common/localized-text.js';
import type { PlanClause } from '../plan/plan.schema.js';

export interface JustificationSource {
  /** The engine's explanation of the grant. */
  explanation: LocalizedText;
  /** The adviser's reason, when the grant was adjusted by hand. */
  adjustmentReason?: string | null | undefined;
  /**
   * The adjustment in words (the domain's AppliedAdjustment.explanation: the reason, the bands and
   * caps it breaks, the override's reason); used instead of the bare reason when given.
   */
  adjustment?: LocalizedText | null | undefined;
  /** Ids of the plan clauses the explanation relies on. */
  clauses: readonly string[];
}

/**
 * The reasons (begrunnelse) of a decision in Norwegian, as forvaltningsloven §§ 24–25 asks: the
 * facts and main considerations (the engine's explanation), the office's own consideration when
 * it adjusted the grant (and the limits it overrode), and the rules (each plan clause cited with its
 * section and words).
 * Clauses the plan does not know are left out.
 */
export function decisionJustification(
  source: JustificationSource,
  clauses: Readonly<Record<string, Pick<PlanClause, 'section' | 'text'>>>,
): string {
  const parts = [source.explanation.nb];
  const reason = source.adjustmentReason?.trim();
  if (source.adjustment?.nb) parts.push(source.adjustment.nb);
  else if (reason) parts.push(`Statsforvalterens justering: ${reason}`);
  const cited = source.clauses
    .map((id) => clauses[id])
    .filter((c): c is Pick<PlanClause, 'section' | 'text'> => c !== undefined)
    .map((c) => `– ${c.section}: «${c.text}»`);
  if (cited.length > 0) parts.push(`Grunnlag i planen:\n${cited.join('\n')}`);
  return parts.join('\n\n');
}
