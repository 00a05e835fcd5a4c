import { injectServiceContext, requestScoped } from '../../common/request-container.js';
import type { ServiceContext } from '../../common/service-context.js';
import { County } from './county.entity.js';

@requestScoped()
export class CountyService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  list(): Promise<County[]> {
    return this.ctx.em.find(County, {}, { orderBy: { name: 'asc' } });
  }
}
