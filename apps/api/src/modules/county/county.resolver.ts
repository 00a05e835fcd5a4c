import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../server/request-context.js';
import { County } from './county.entity.js';
import { CountyService } from './county.service.js';

@Resolver(() => County)
export class CountyResolver {
  @Query(() => [County], { description: 'The counties (tenants), by name.' })
  counties(@Ctx() { em }: RequestContext): Promise<County[]> {
    return new CountyService(em).list();
  }
}
