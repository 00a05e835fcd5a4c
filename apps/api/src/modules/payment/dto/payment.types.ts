import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PaymentParty, PaymentStatus } from '../payment.entity.js';

@ObjectType({ description: 'Why a payment is held: a report of the decision that has fallen due.' })
export class PaymentHoldType {
  @Field(() => Int, { description: 'The grant year of the report.' })
  year!: number;

  @Field({ description: 'REPORT_MISSING, REPORT_RETURNED or REPORT_AWAITING_REVIEW.' })
  reason!: string;

  @Field({ description: 'ISO date the report was due.' })
  dueDate!: string;

  @Field({ description: 'The reason in Norwegian.' })
  text!: string;
}

@ObjectType({ description: 'One payment of a decision’s grant (utbetaling), with its status now.' })
export class PaymentRow {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  decisionId!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field()
  partnershipName!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => PaymentParty)
  party!: PaymentParty;

  @Field(() => Int, { description: 'Whole kroner.' })
  amount!: number;

  @Field()
  payeeName!: string;

  @Field({ description: 'The payee’s organisation number (9 digits).' })
  payeeOrgnr!: string;

  @Field({ description: 'ISO date (antakelse: 1 March of the year, or the decision day).' })
  plannedOn!: string;

  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Field(() => [PaymentHoldType])
  holds!: PaymentHoldType[];

  @Field(() => String, { nullable: true })
  paidOn!: string | null;

  @Field(() => String, { nullable: true })
  paidBy!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back to mark it paid.' })
  version!: number;
}

@ObjectType({ description: 'The payment plans made for a round.' })
export class PaymentPlanResult {
  @Field(() => Int, { description: 'Decisions that got a plan now.' })
  planned!: number;

  @Field(() => Int, { description: 'Payments created.' })
  payments!: number;
}

@InputType()
export class MarkPaymentPaidInput {
  @Field(() => ID)
  paymentId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'ISO date paid (default today).' })
  paidOn?: string | null;
}
