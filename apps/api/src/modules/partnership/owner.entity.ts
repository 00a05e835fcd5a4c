import {
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Ownership } from '../../common/enums.js';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Municipality } from '../county/municipality.entity.js';
import { Unit } from './unit.entity.js';

@ObjectType({ description: 'A kindergarten or school owner: a municipality or a private owner.' })
@Entity({ tableName: 'owner' })
@Unique({ properties: ['county', 'orgnr'] })
export class Owner extends TenantEntity {
  @Field({ description: 'Organisasjonsnummer (9 digits).' })
  @Property({ type: 'string', length: 9 })
  orgnr!: string;

  @Field()
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => Ownership)
  @Enum({ items: () => Ownership })
  ownership!: Ownership;

  @ManyToOne(() => Municipality, { ref: true, nullable: true })
  municipality: Ref<Municipality> | null = null;

  @Field(() => [Int], {
    description: 'Years the owner took part in the scheme (or the schemes it replaced).',
  })
  @Property({ type: 'json' })
  participationYears: number[] & Opt = [];

  @OneToMany(() => Unit, (unit) => unit.owner)
  units = new Collection<Unit>(this);

  @Field(() => Date, {
    nullable: true,
    description: 'When the office archived the owner (kept for history, out of new partnerships).',
  })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
