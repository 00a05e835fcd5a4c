import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { AnnualReport } from './annual-report.entity.js';

// These mirror the domain's REPORT_PARTIES and COST_LINES one to one (checked in reporting-enums.ts).

export enum ReportParty {
  OWNER = 'OWNER',
  INSTITUTION = 'INSTITUTION',
}
registerEnumType(ReportParty, {
  name: 'ReportParty',
  description: 'The party of a partnership whose accounts a line belongs to: owner or institution.',
});

export enum CostLine {
  RELEASED_TIME = 'RELEASED_TIME',
  COURSES_AND_TEACHING = 'COURSES_AND_TEACHING',
  TRAVEL = 'TRAVEL',
  MATERIALS = 'MATERIALS',
  COORDINATOR = 'COORDINATOR',
  OTHER = 'OTHER',
}
registerEnumType(CostLine, {
  name: 'CostLine',
  description: 'A cost line of the simple accounts (the nb labels come with `costLineLabels`).',
  valuesConfig: {
    RELEASED_TIME: { description: 'Frikjøp og vikarutgifter (released time, substitutes).' },
    COURSES_AND_TEACHING: { description: 'Kurs, undervisning og veiledning.' },
    TRAVEL: { description: 'Reise og opphold.' },
    MATERIALS: { description: 'Materiell og lisenser.' },
    COORDINATOR: { description: 'Koordinator (only where coordinator funds were granted).' },
    OTHER: { description: 'Andre kostnader.' },
  },
});

/** One cost line of one party's simple accounts in an annual report, in whole kroner. */
@ObjectType({ description: 'One cost line of one party’s simple accounts, in whole kroner.' })
@Entity({ tableName: 'accounts_line' })
export class AccountsLine extends TenantEntity {
  @ManyToOne(() => AnnualReport, { ref: true, deleteRule: 'cascade', index: true })
  annualReport!: Ref<AnnualReport>;

  @Field(() => ReportParty)
  @Enum({ items: () => ReportParty })
  party!: ReportParty;

  @Field(() => CostLine)
  @Enum({ items: () => CostLine })
  costLine!: CostLine;

  @Field(() => Int, { description: 'Spent on this line, in whole kroner.' })
  @Property({ type: 'integer' })
  amount!: number;
}
