import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A text in Norwegian bokmål (nb) and English (en).' })
export class LocalizedText {
  @Field()
  nb!: string;

  @Field()
  en!: string;
}
