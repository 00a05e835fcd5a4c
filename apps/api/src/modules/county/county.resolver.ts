import { Query, Resolver } from 'type-graphql';
import { requestScoped } from '../../common/request-container.js';
import { County } from './county.entity.js';
import { CountyService } from './county.service.js';

@Resolver(() => County)
@requestScoped()
export class CountyResolver {
  constructor(private readonly countyService: CountyService) {}

  @Query(() => [County], { description: 'The counties (tenants), by name.' })
  counties(): Promise<County[]> {
    return this.countyService.list();
  }
}
