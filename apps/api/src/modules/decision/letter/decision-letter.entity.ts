import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import type { LetterContent } from '@kompetansemidler/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../../common/tenant-entity.js';
import { Partnership } from '../../partnership/partnership.entity.js';
import { Decision } from '../decision.entity.js';

export enum LetterKind {
  /** The decision letter (vedtaksbrev). */
  DECISION = 'DECISION',
  /** A new version of the decision after a complaint (klage), with its letter. */
  COMPLAINT_DECISION = 'COMPLAINT_DECISION',
  /** A repayment claim (tilbakebetalingskrav). */
  REPAYMENT_CLAIM = 'REPAYMENT_CLAIM',
}
registerEnumType(LetterKind, { name: 'LetterKind' });

/**
 * A frozen letter: the PDF as sent, with its SHA-256, never changed (a database trigger refuses
 * updates; the API's role may not update or delete it). A decision may get more letters (a new
 * version after a complaint, a repayment claim): `sequence` counts them per kind.
 */
@ObjectType({ description: 'A letter as it was sent: frozen, with its hash.' })
@Entity({ tableName: 'decision_letter' })
@Unique({ properties: ['decision', 'kind', 'sequence'] })
@Index({ properties: ['decision'] })
export class DecisionLetter extends TenantEntity {
  @ManyToOne(() => Decision, { ref: true })
  decision!: Ref<Decision>;

  /** Denormalised from the decision: a partnership reads only its own letters. */
  @ManyToOne(() => Partnership, { ref: true })
  partnership!: Ref<Partnership>;

  @Field(() => LetterKind)
  @Enum({ items: () => LetterKind })
  kind!: LetterKind;

  @Property({ type: 'integer' })
  sequence: number & Opt = 1;

  @Field()
  @Property({ type: 'string', length: 300 })
  title!: string;

  /** The PDF's bytes, as sent. */
  @Property({ type: 'blob', lazy: true })
  pdf!: Buffer;

  @Field({ description: 'SHA-256 of the PDF, hex.' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'integer' })
  byteLength!: number;

  /** The text the PDF was rendered from (the domain's LetterContent). */
  @Property({ type: 'json' })
  content!: LetterContent;

  @Field()
  @Property({ type: 'datetime' })
  frozenAt!: Date;

  @Property({ type: 'string', length: 200 })
  frozenBy!: string;
}
