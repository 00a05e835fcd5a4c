import { Entity, Enum, OneToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Authorized, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../auth/role.js';
import { TenantEntity } from '../../common/tenant-entity.js';
import { NeedsStatement } from './needs-statement.entity.js';

/**
 * How well a statement addresses Sámi perspectives, as the office assessed it: the domain's levels
 * (NONE, SOME, STRONG) and NOT_ASSESSED, which takes an earlier assessment back (the engine then
 * sees none).
 */
export enum SamiLevel {
  NOT_ASSESSED = 'NOT_ASSESSED',
  NONE = 'NONE',
  SOME = 'SOME',
  STRONG = 'STRONG',
}
registerEnumType(SamiLevel, {
  name: 'SamiLevel',
  description:
    'The office’s assessment of Sámi perspectives: NONE, SOME or STRONG (ordering statements within a theme rank, after newcomers), or NOT_ASSESSED.',
});

/**
 * The office's assessment of one needs statement's Sámi perspectives (the plan: "a criterion for
 * allocation in the whole scheme"), with its reason and who made it when. A row of its own, so the
 * adviser's assessment never touches the partnership's statement (its version stays).
 */
@ObjectType({
  description: 'The office’s assessment of how a needs statement addresses Sámi perspectives.',
})
@Entity({ tableName: 'sami_assessment' })
export class SamiAssessment extends TenantEntity {
  @OneToOne(() => NeedsStatement, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  needsStatement!: Ref<NeedsStatement>;

  @Field(() => SamiLevel)
  @Enum({ items: () => SamiLevel })
  level!: SamiLevel;

  @Field({ description: 'The office’s written reason (quoted in the statement’s reasons).' })
  @Property({ type: 'text' })
  reason!: string;

  @Authorized(Role.ADMIN)
  @Field({ description: 'Who assessed it: the adviser’s sign-in subject (the office only).' })
  @Property({ type: 'string', length: 200 })
  assessedBy!: string;

  @Field({ description: 'The adviser’s name, as signed in.' })
  @Property({ type: 'string', length: 200 })
  assessedByName!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  assessedAt!: Date;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
