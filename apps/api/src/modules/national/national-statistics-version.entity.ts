import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How often each county's figures have changed: a counter per county (its id as text), raised by
 * database triggers at the commit of any transaction that writes a table the national statistics
 * read (see the migration), and one for `*` (a truncate). The national statistics are kept per
 * answer and used again while these counters stand still.
 */
@Entity({ tableName: 'national_statistics_version' })
export class NationalStatisticsVersion {
  @PrimaryKey({ type: 'string', length: 40 })
  scope!: string;

  @Property({ type: 'bigint' })
  generation!: string;
}
