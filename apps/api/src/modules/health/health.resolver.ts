import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { API_VERSION } from '../../version.js';

@ObjectType({ description: 'Liveness of the API process.' })
export class Health {
  @Field()
  status!: string;

  @Field()
  version!: string;
}

@Resolver()
export class HealthResolver {
  @Query(() => Health)
  health(): Health {
    return { status: 'ok', version: API_VERSION };
  }
}
