import {
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import type {
  AdjustedAllocation,
  AllocationResult,
  MarginalTierRule,
} from '@kompetansemidler/domain';
import { Round } from '../round/round.entity.js';
import { ScenarioLine } from './scenario-line.entity.js';

export enum AllocationMethod {
  RANKED = 'RANKED',
  OPTIMAL = 'OPTIMAL',
}
registerEnumType(AllocationMethod, {
  name: 'AllocationMethod',
  description: 'The engine’s method: RANKED (priority order) or OPTIMAL (HiGHS solver).',
});

export enum CutRule {
  PROPORTIONAL = 'PROPORTIONAL',
  CONSTRAINED_EQUAL_AWARDS = 'CONSTRAINED_EQUAL_AWARDS',
  CONSTRAINED_EQUAL_LOSSES = 'CONSTRAINED_EQUAL_LOSSES',
}
registerEnumType(CutRule, {
  name: 'CutRule',
  description: 'How requests are cut when funds are short.',
});

export enum MarginalTier {
  CUT_RULE = 'CUT_RULE',
  INDICATORS = 'INDICATORS',
}
registerEnumType(MarginalTier, {
  name: 'MarginalTier',
  description:
    'What the ranked method does when the priority class at the budget line does not fit: CUT_RULE shares the shortfall by the cut rule; INDICATORS funds the class in the order of its sector’s discretionary indicators, seen together (the plan: on oversubscription).',
});

/** The domain's names of the methods and cut rules (its strategy registries' keys). */
export const METHOD_NAME: Record<AllocationMethod, string> = {
  RANKED: 'ranked',
  OPTIMAL: 'optimal',
};
export const CUT_RULE_NAME: Record<CutRule, string> = {
  PROPORTIONAL: 'proportional',
  CONSTRAINED_EQUAL_AWARDS: 'constrained-equal-awards',
  CONSTRAINED_EQUAL_LOSSES: 'constrained-equal-losses',
};
export const MARGINAL_TIER_NAME: Record<MarginalTier, MarginalTierRule> = {
  CUT_RULE: 'cut-rule',
  INDICATORS: 'indicators',
};

/** What a scenario keeps of its adjusted result (the lines keep the statements' part). */
export type StoredAdjustment = Pick<AllocationResult, 'totals' | 'report'> &
  Pick<AdjustedAllocation, 'adjustments' | 'breaches'>;

/**
 * One run of the allocation engine over a round: its parameters, its complete input (so it can be
 * replayed) and the input's hash, the result, who ran it and when.
 */
@ObjectType({ description: 'An allocation scenario: one what-if run of the engine over a round.' })
@Entity({ tableName: 'scenario' })
export class Scenario extends TenantEntity {
  @ManyToOne(() => Round, { ref: true, index: true })
  round!: Ref<Round>;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => AllocationMethod)
  @Enum({ items: () => AllocationMethod })
  method!: AllocationMethod;

  @Field(() => CutRule)
  @Enum({ items: () => CutRule })
  cutRule!: CutRule;

  /** The marginal tier's rule the run used (in `parameters`; 'cut-rule' when absent). */
  marginalTier(): MarginalTier {
    return this.parameters['marginalTier'] === 'indicators'
      ? MarginalTier.INDICATORS
      : MarginalTier.CUT_RULE;
  }

  /** The domain's ScenarioParameters, as sent to the engine. */
  @Property({ type: 'json' })
  parameters!: Record<string, unknown>;

  /** The domain's AllocationInput, complete: replaying it gives the same result. */
  @Property({ type: 'json', lazy: true })
  input!: Record<string, unknown>;

  @Field({ description: 'SHA-256 of the canonical JSON of the engine’s input.' })
  @Property({ type: 'string', length: 64 })
  inputHash!: string;

  @Field({ description: 'The plan version the run used.' })
  @Property({ type: 'string', length: 100 })
  planVersionId!: string;

  /** The domain's AllocationResult (statements, totals, constraint report). */
  @Property({ type: 'json', lazy: true })
  result!: Record<string, unknown>;

  /**
   * The result after the advisers' adjustments, as the domain derived it (its constraint report,
   * totals, adjustments and breaches; the lines hold the statements): null until adjusted.
   */
  @Property({ type: 'json', lazy: true, nullable: true })
  adjusted: StoredAdjustment | null = null;

  @Field(() => Int, { description: 'The round’s frame (ramme) in kroner.' })
  @Property({ type: 'integer' })
  frame!: number;

  @Field(() => Int, { description: 'Bound by earlier rounds’ commitments this year.' })
  @Property({ type: 'integer' })
  committedEarlier!: number;

  @Field(() => Int, { description: 'Granted to new statements this year, adjustments included.' })
  @Property({ type: 'integer' })
  grantedNew!: number;

  @Field(() => Int, {
    description: 'Free funds: frame − committed − granted (no adjustment may take it below 0).',
  })
  @Property({ type: 'integer' })
  leftover!: number;

  @Field({ description: 'Subject of the adviser who ran it.' })
  @Property({ type: 'string', length: 200 })
  ranBy!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  ranByName!: string;

  @Field()
  @Property({ type: 'datetime' })
  ranAt!: Date;

  @Field(() => Int, { description: 'Wall-clock milliseconds the engine took.' })
  @Property({ type: 'integer' })
  durationMs!: number;

  @Field(() => Int, { description: 'Hand adjustments made to its lines.' })
  @Property({ type: 'integer' })
  adjustments: number & Opt = 0;

  @OneToMany(() => ScenarioLine, (line) => line.scenario)
  lines = new Collection<ScenarioLine>(this);

  @Field(() => Int, { description: 'Optimistic-lock version: send it back when you edit.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
