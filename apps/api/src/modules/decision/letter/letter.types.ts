import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A table in a letter (the grant per year and party).' })
export class LetterTableType {
  @Field(() => [String])
  columns!: string[];

  @Field(() => [[String]])
  rows!: string[][];
}

@ObjectType({ description: 'One section of a letter: a heading, paragraphs, a list, a table.' })
export class LetterSectionType {
  @Field(() => String, { nullable: true })
  heading!: string | null;

  @Field(() => [String])
  paragraphs!: string[];

  @Field(() => [String])
  list!: string[];

  @Field(() => LetterTableType, { nullable: true })
  table!: LetterTableType | null;
}

@ObjectType({ description: 'A decision letter as it would be sent now (not frozen).' })
export class LetterPreview {
  @Field(() => ID)
  decisionId!: string;

  @Field()
  title!: string;

  @Field({ description: 'The letter’s date, in words.' })
  date!: string;

  @Field(() => [String])
  recipient!: string[];

  @Field(() => [LetterSectionType])
  sections!: LetterSectionType[];

  @Field({ description: 'ISO date: three weeks after the letter’s date.' })
  complaintDeadline!: string;

  @Field(() => String, { nullable: true })
  reportDeadline!: string | null;

  @Field({ description: 'The draft PDF (marked UTKAST), fetched with the bearer token.' })
  pdfUrl!: string;
}

@ObjectType()
export class LetterBlock {
  @Field()
  id!: string;

  @Field()
  text!: string;
}

@ObjectType()
export class LetterPlaceholderInfo {
  @Field()
  name!: string;

  @Field()
  description!: string;
}

@ObjectType({ description: 'The office’s contact, as letters give it.' })
export class OfficeContactType {
  @Field()
  officeName!: string;

  @Field()
  email!: string;

  @Field()
  phone!: string;

  @Field()
  address!: string;

  @Field()
  signatory!: string;

  @Field({ description: 'The body that decides an upheld complaint (Utdanningsdirektoratet).' })
  appealBody!: string;
}

@ObjectType({ description: 'The county’s decision letter template.' })
export class LetterTemplateType {
  @Field(() => [LetterBlock])
  blocks!: LetterBlock[];

  @Field(() => OfficeContactType)
  contact!: OfficeContactType;

  @Field({ description: 'True while the county uses the default template.' })
  isDefault!: boolean;

  @Field(() => Int, { description: 'Send it back when you edit (0: the default).' })
  version!: number;

  @Field(() => [LetterPlaceholderInfo])
  placeholders!: LetterPlaceholderInfo[];
}

@InputType()
export class LetterBlockInput {
  @Field()
  id!: string;

  @Field()
  text!: string;
}

@InputType()
export class OfficeContactInput {
  @Field()
  officeName!: string;

  @Field()
  email!: string;

  @Field()
  phone!: string;

  @Field()
  address!: string;

  @Field()
  signatory!: string;

  @Field()
  appealBody!: string;
}

@InputType()
export class UpdateLetterTemplateInput {
  @Field(() => [LetterBlockInput])
  blocks!: LetterBlockInput[];

  @Field(() => OfficeContactInput)
  contact!: OfficeContactInput;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType({ description: 'A template the office is editing, not saved: for a preview.' })
export class LetterTemplateDraftInput {
  @Field(() => [LetterBlockInput])
  blocks!: LetterBlockInput[];

  @Field(() => OfficeContactInput)
  contact!: OfficeContactInput;
}

@InputType()
export class SendDecisionLettersInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only these decisions (default: every decision of the round without a letter).',
  })
  decisionIds?: string[] | null;
}
