import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import type { Problem } from '../../errors/app-error.js';
import { Round } from '../round/round.entity.js';
import { AllocationMethod, CutRule, Scenario } from './scenario.entity.js';
import { ScenarioRunStatus } from './scenario-run-status.js';

/**
 * One request to run the engine over a round, recorded (and committed) before the engine starts,
 * so other requests see it in progress and refuse a second run of the same round. A partial
 * unique index keeps it at one active run per round even under races.
 */
@ObjectType({ description: 'A run of the allocation engine over a round, and how it went.' })
@Entity({ tableName: 'scenario_run' })
@Index({
  name: 'scenario_run_one_active_per_round',
  expression: `create unique index "scenario_run_one_active_per_round" on "scenario_run" ("round_id") where "status" in ('QUEUED', 'RUNNING')`,
})
export class ScenarioRun extends TenantEntity {
  @ManyToOne(() => Round, { ref: true, index: true })
  round!: Ref<Round>;

  @Field({ description: 'The scenario’s name as given.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => AllocationMethod)
  @Enum({ items: () => AllocationMethod })
  method!: AllocationMethod;

  @Field(() => CutRule)
  @Enum({ items: () => CutRule })
  cutRule!: CutRule;

  @Field(() => ScenarioRunStatus)
  @Enum({ items: () => ScenarioRunStatus })
  status: ScenarioRunStatus & Opt = ScenarioRunStatus.QUEUED;

  @Field({ description: 'Subject of the adviser who asked for it.' })
  @Property({ type: 'string', length: 200 })
  requestedBy!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  requestedByName!: string;

  @Field(() => Date, { nullable: true, description: 'When the solver thread took it.' })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'Milliseconds the engine took, once done.' })
  @Property({ type: 'integer', nullable: true })
  durationMs: number | null = null;

  /** Until when the server carrying the run holds it (renewed while it works); past it, the run is reclaimed. */
  @Property({ type: 'datetime', nullable: true })
  leaseUntil: Date | null = null;

  /** The stored scenario, once DONE. */
  @ManyToOne(() => Scenario, { ref: true, nullable: true, deleteRule: 'set null' })
  scenario: Ref<Scenario> | null = null;

  @Field(() => String, { nullable: true, description: 'Why it failed (an error code).' })
  @Property({ type: 'string', length: 100, nullable: true })
  errorCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it failed, in words.' })
  @Property({ type: 'text', nullable: true })
  errorMessage: string | null = null;

  /** What the engine found wrong with the run's parameters (VALIDATION_FAILED), by input field. */
  @Property({ type: 'json', nullable: true })
  problems: Problem[] | null = null;
}
