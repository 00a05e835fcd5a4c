import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * The national statistics at their finest grain: one row per county, budget year, sector, theme,
 * partnership ownership, institution and duration (and apart, each county's and year's frames),
 * with every figure summed. Kept by the database alone: the national statistics triggers
 * recompute a county's rows at the commit of any transaction that changed what they are computed
 * from (see Migration20261203163600). The API only reads them (nationalStatistics aggregates
 * these few thousand rows instead of the source tables); nothing here is ever written by the ORM.
 */
@Entity({ tableName: 'national_fact' })
@Unique({
  name: 'national_fact_grain_unique',
  expression:
    'create unique index "national_fact_grain_unique" on "national_fact" ("county_id", "year", "sector", "theme_id", "ownership", "institution_id", "duration_years", "is_frame") nulls not distinct',
})
export class NationalFact {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  countyId!: string;

  /** The budget year (a round's, a commitment's, or the grant year reported on). */
  @Property({ type: 'int' })
  year!: number;

  @Property({ type: 'text', nullable: true })
  sector!: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  themeId!: string | null;

  /** PUBLIC, PRIVATE or MIXED: the partnership's owners. */
  @Property({ type: 'string', length: 10, nullable: true })
  ownership!: string | null;

  @Property({ type: 'uuid', nullable: true })
  institutionId!: string | null;

  @Property({ type: 'smallint', nullable: true })
  durationYears!: number | null;

  /** A round's frame (told only by county and year), apart from the statements' figures. */
  @Property({ type: 'boolean' })
  isFrame!: boolean;

  @Property({ type: 'bigint', nullable: true })
  frame!: string | null;

  @Property({ type: 'bigint' }) statements!: string;
  @Property({ type: 'bigint' }) requested!: string;
  @Property({ type: 'bigint' }) samiStatements!: string;
  @Property({ type: 'bigint' }) decisions!: string;
  @Property({ type: 'bigint' }) grants!: string;
  @Property({ type: 'bigint' }) granted!: string;
  @Property({ type: 'bigint' }) grantedLaterYears!: string;
  @Property({ type: 'bigint' }) fundedOwners!: string;
  @Property({ type: 'bigint' }) newcomerOwners!: string;
  @Property({ type: 'bigint' }) grantedToNewcomers!: string;
  @Property({ type: 'bigint' }) committed!: string;
  @Property({ type: 'bigint' }) coordinatorGranted!: string;
  /** Commitments of this year: each expects an annual report once the year has begun. */
  @Property({ type: 'bigint' }) commitments!: string;
  @Property({ type: 'bigint' }) reportsSubmitted!: string;
  @Property({ type: 'bigint' }) reportsAccepted!: string;
  @Property({ type: 'bigint' }) reportsReturned!: string;
  @Property({ type: 'bigint' }) reportedReceivedOwner!: string;
  @Property({ type: 'bigint' }) reportedReceivedInstitution!: string;
  @Property({ type: 'bigint' }) reportedSpentOwner!: string;
  @Property({ type: 'bigint' }) reportedSpentInstitution!: string;
  @Property({ type: 'bigint' }) reportedCoordinatorSpent!: string;
}
