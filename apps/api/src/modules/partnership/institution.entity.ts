import { Entity, Enum, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { InstitutionKind } from '../../common/enums.js';
import { TenantEntity } from '../../common/tenant-entity.js';

@ObjectType({
  description:
    'The competence partner: a university or university college (UH), a vocational college or another competence environment.',
})
@Entity({ tableName: 'institution' })
@Unique({ properties: ['county', 'orgnr'] })
export class Institution extends TenantEntity {
  @Field()
  @Property({ type: 'string', length: 9 })
  orgnr!: string;

  @Field()
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => InstitutionKind)
  @Enum({ items: () => InstitutionKind })
  kind!: InstitutionKind;

  @Field(() => Date, {
    nullable: true,
    description: 'When the office archived the institution (kept for history).',
  })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
