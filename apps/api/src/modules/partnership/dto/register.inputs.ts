import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../../common/connection.js';
import { InstitutionKind, Ownership } from '../../../common/enums.js';
import { UnitKind } from '../unit.entity.js';

// The office's register (ADMIN): an update input carries the whole record, as the create input
// does, with the row's id and the version the adviser saw (optional: stale versions get CONFLICT).

@InputType()
export class OwnerFields {
  @Field({ description: 'Organisasjonsnummer: nine digits with a valid mod-11 check digit.' })
  orgnr!: string;

  @Field()
  name!: string;

  @Field(() => Ownership)
  ownership!: Ownership;

  @Field(() => String, {
    nullable: true,
    description: 'Kommunenummer; required for a PUBLIC owner (a municipality).',
  })
  municipalityNumber?: string | null;

  @Field(() => [Int], {
    defaultValue: [],
    description: 'Years the owner took part in the scheme or the schemes it replaced.',
  })
  participationYears!: number[];
}

@InputType()
export class CreateOwnerInput extends OwnerFields {}

@InputType()
export class UpdateOwnerInput extends OwnerFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited.' })
  expectedVersion?: number | null;
}

@InputType()
export class UnitFields {
  @Field()
  name!: string;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => String, {
    nullable: true,
    description: 'NSR (schools) or NBR (kindergartens) id: the unit’s organisation number.',
  })
  registerId?: string | null;
}

@InputType()
export class CreateUnitInput extends UnitFields {
  @Field(() => ID)
  ownerId!: string;
}

@InputType()
export class UpdateUnitInput extends UnitFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class InstitutionFields {
  @Field()
  orgnr!: string;

  @Field()
  name!: string;

  @Field(() => InstitutionKind)
  kind!: InstitutionKind;
}

@InputType()
export class CreateInstitutionInput extends InstitutionFields {}

@InputType()
export class UpdateInstitutionInput extends InstitutionFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class ContactPersonInput {
  @Field()
  name!: string;

  @Field({ defaultValue: '', description: 'Whom they speak for, e.g. "Senja kommune".' })
  role!: string;

  @Field()
  email!: string;

  @Field({ defaultValue: '' })
  phone!: string;
}

@InputType()
export class PartnershipFields {
  @Field()
  name!: string;

  @Field(() => [ID], { description: 'The kindergarten and school owners.' })
  ownerIds!: string[];

  @Field(() => ID, { description: 'The competence partner.' })
  institutionId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An owner applying on behalf of the others, where the plan allows it.',
  })
  leadOwnerId?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Other services taking part (PPT, health centre, child welfare, BUP, …).',
  })
  otherServices!: string[];

  @Field(() => [ContactPersonInput], { defaultValue: [] })
  contactPersons!: ContactPersonInput[];

  @Field(() => [ID], {
    defaultValue: [],
    description:
      'The owners’ units (kindergartens, schools) taking part in this partnership: its complexity counts these, not all the owners’ units.',
  })
  unitIds!: string[];
}

@InputType()
export class CreatePartnershipInput extends PartnershipFields {}

@InputType()
export class UpdatePartnershipInput extends PartnershipFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType({ description: 'Archives a register row (kept for history) or restores it.' })
export class SetArchivedInput {
  @Field(() => ID)
  id!: string;

  @Field()
  archived!: boolean;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@ArgsType()
export class UnitsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this owner’s units.' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words in the name.' })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only archived; false: only active; left out: both.',
  })
  archived?: boolean | null;
}
