import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Decision } from '../decision/decision.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Round } from '../round/round.entity.js';

export enum PaymentParty {
  OWNER = 'OWNER',
  INSTITUTION = 'INSTITUTION',
}
registerEnumType(PaymentParty, { name: 'PaymentParty' });

export enum PaymentStatus {
  PLANNED = 'PLANNED',
  PAID = 'PAID',
  /** Held while a due report is missing, returned or awaiting review (derived, never stored). */
  HELD = 'HELD',
}
registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description:
    'PLANNED, PAID, or HELD (while a due report is missing, returned or not yet accepted).',
});

/**
 * One payment of a decision's grant: a year and a party, with the payee's organisation number as
 * it was when planned. Whether it is held is worked out from the reports when read; only the fact
 * of payment is stored.
 */
@Entity({ tableName: 'payment' })
@Index({ properties: ['decision', 'year'] })
export class Payment extends TenantEntity {
  @ManyToOne(() => Decision, { ref: true })
  decision!: Ref<Decision>;

  @ManyToOne(() => Partnership, { ref: true, index: true })
  partnership!: Ref<Partnership>;

  @ManyToOne(() => Round, { ref: true, index: true })
  round!: Ref<Round>;

  @Property({ type: 'integer' })
  year!: number;

  @Enum({ items: () => PaymentParty })
  party!: PaymentParty;

  @Property({ type: 'integer' })
  amount!: number;

  @Property({ type: 'date' })
  plannedOn!: string;

  @Property({ type: 'string', length: 300 })
  payeeName!: string;

  @Property({ type: 'string', length: 9 })
  payeeOrgnr!: string;

  @Property({ type: 'date', nullable: true })
  paidOn: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  paidBy: string | null = null;

  /** Set when a changed decision no longer covers this unpaid payment: kept, never deleted. */
  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
