import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { registerEnumType } from 'type-graphql';
import { NeedsStatement } from './needs-statement.entity.js';

export enum BudgetParty {
  OWNER = 'OWNER',
  INSTITUTION = 'INSTITUTION',
}
registerEnumType(BudgetParty, { name: 'BudgetParty' });

/** One year’s requested amount for one party of a needs statement, in whole kroner. */
@Entity({ tableName: 'needs_statement_budget_line' })
@Unique({ properties: ['needsStatement', 'year', 'party'] })
export class BudgetLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => NeedsStatement, { ref: true, deleteRule: 'cascade' })
  needsStatement!: Ref<NeedsStatement>;

  @Property({ type: 'integer' })
  year!: number;

  @Enum({ items: () => BudgetParty })
  party!: BudgetParty;

  @Property({ type: 'integer' })
  amount!: number;

  /** The part of `amount` asked for a coordinator. */
  @Property({ type: 'integer' })
  coordinator: number = 0;
}
