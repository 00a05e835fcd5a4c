import { Field, InputType } from 'type-graphql';

@InputType({
  description: 'The office’s override of the round’s phase, with its reason (audited). ADMIN only.',
})
export class PhaseOverrideInput {
  @Field({ description: 'Why the phase is overridden (at least 5 characters).' })
  reason!: string;
}
