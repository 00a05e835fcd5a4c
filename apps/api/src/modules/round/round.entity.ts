import { Entity, Enum, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { PlanVersion } from '../county/plan-version.entity.js';
import { RoundStatus } from './round-status.js';

export interface StoredMilestone {
  id: string;
  label: { nb: string; en: string };
  start: string;
  end: string;
}

@ObjectType({ description: 'One year’s allocation round (tildelingsrunde).' })
@Entity({ tableName: 'round' })
@Unique({ properties: ['county', 'year'] })
export class Round extends TenantEntity {
  @Field(() => Int, { description: 'The grant year.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, {
    description:
      'The year’s funds (ramme) in whole kroner, earlier commitments falling in this year included.',
  })
  @Property({ type: 'integer' })
  frame!: number;

  @Field(() => RoundStatus)
  @Enum({ items: () => RoundStatus })
  status: RoundStatus & Opt = RoundStatus.DRAFT;

  @ManyToOne(() => PlanVersion, { ref: true })
  planVersion!: Ref<PlanVersion>;

  /** The plan's calendar as dates for this round (from the domain's calendarForRound). */
  @Property({ type: 'json' })
  calendar!: StoredMilestone[];

  /**
   * The office's extension of the submission deadline for this round (ISO date, Norway's time):
   * overrides the plan calendar's "submission-deadline" milestone; null while the calendar holds.
   */
  @Field(() => String, {
    nullable: true,
    description:
      'The office’s extension of the needs statements’ deadline for this round (ISO date); null: the plan calendar’s date holds.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  submissionDeadlineOverride: (string & Opt) | null = null;

  /** Figures for a PRO_RATA sector split (e.g. staff-years per sector). */
  @Property({ type: 'json', nullable: true })
  sectorBasis: (Record<string, number> & Opt) | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
