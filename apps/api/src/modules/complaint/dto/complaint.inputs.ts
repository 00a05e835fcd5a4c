import { Field, ID, InputType, Int } from 'type-graphql';
import { NoticeChannel } from '../complaint.entity.js';

@InputType()
export class RegisterComplaintInput {
  @Field(() => ID)
  decisionId!: string;

  @Field({ description: 'Who complains.' })
  complainant!: string;

  @Field({ description: 'The grounds (klagegrunner).' })
  grounds!: string;

  @Field({ description: 'ISO date the office received the complaint.' })
  receivedOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date it was posted (postmark), if by post.',
  })
  postedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO date the decision was sent to the party (default: the day its decision letter was sent, else the day it was decided).',
  })
  notifiedOn?: string | null;

  @Field(() => NoticeChannel, { nullable: true, description: 'How it was sent (default DIGITAL).' })
  noticeChannel?: NoticeChannel | null;
}

@InputType({ description: 'A complaint the partnership files itself, against its own decision.' })
export class FileComplaintInput {
  @Field(() => ID)
  decisionId!: string;

  @Field({ description: 'Who complains (the party or its representative).' })
  complainant!: string;

  @Field({ description: 'The grounds (klagegrunner).' })
  grounds!: string;
}

@InputType()
export class RejectComplaintInput {
  @Field(() => ID)
  complaintId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field({
    description: 'Why the complaint is not heard (e.g. filed too late, fvl. § 31 not met).',
  })
  reasons!: string;
}

@InputType()
export class ForwardComplaintInput {
  @Field(() => ID)
  complaintId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field({ description: 'The office’s assessment: why the decision stands.' })
  reasons!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For a late complaint: why it is considered (fvl. § 31).',
  })
  lateReason?: string | null;
}

@InputType()
export class ChangedGrantYearInput {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  owner!: number;

  @Field(() => Int)
  institution!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Coordinator funds, part of the owner’s.' })
  coordinator!: number;
}

@InputType()
export class ChangeDecisionInput {
  @Field(() => ID)
  complaintId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field({
    description: 'Why the complaint is found justified: goes into the new version’s reasons.',
  })
  reasons!: string;

  @Field(() => String, { nullable: true })
  lateReason?: string | null;

  @Field(() => [ChangedGrantYearInput], { description: 'The new grant, for the same years.' })
  grantedPerYear!: ChangedGrantYearInput[];
}
