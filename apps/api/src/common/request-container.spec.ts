import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { Role } from '../modules/auth/role.js';
import {
  injectServiceContext,
  RequestContainer,
  requestScoped,
  SERVICE_CONTEXT,
} from './request-container.js';
import type { ServiceContext } from './service-context.js';

@requestScoped()
class Counter {
  count = 0;
  constructor(@injectServiceContext() readonly ctx: ServiceContext) {}
}

@requestScoped()
class UsesCounter {
  disposed = false;
  constructor(
    @injectServiceContext() readonly ctx: ServiceContext,
    readonly counter: Counter,
  ) {}

  dispose(): void {
    this.disposed = true;
  }
}

function contextOf(requestId: string, county: string): ServiceContext {
  return {
    em: {} as EntityManager,
    requestId,
    viewer: {
      subject: requestId,
      name: requestId,
      role: Role.ADMIN,
      county: { id: county, code: county, name: county },
      partnershipId: null,
    },
  };
}

describe('RequestContainer', () => {
  it('makes one instance per request, with that request’s context, shared by its services', () => {
    const troms = new RequestContainer(contextOf('a', 'troms'));
    const nordland = new RequestContainer(contextOf('b', 'nordland'));

    const first = troms.resolve(Counter);
    first.count += 1;
    expect(troms.resolve(Counter)).toBe(first);
    expect(troms.resolve(UsesCounter).counter).toBe(first);
    expect(troms.resolve(SERVICE_CONTEXT).requestId).toBe('a');

    const other = nordland.resolve(Counter);
    expect(other).not.toBe(first);
    expect(other.count).toBe(0);
    expect(other.ctx.viewer?.county?.code).toBe('nordland');
    expect(first.ctx.viewer?.county?.code).toBe('troms');
    expect(nordland.resolve(UsesCounter).counter).toBe(other);
  });

  it('answers type-graphql’s get with the request’s instance', () => {
    const request = new RequestContainer(contextOf('c', 'troms'));
    const resolved = request.get(UsesCounter, {
      context: {},
      info: {},
      root: {},
      args: {},
    } as never);
    expect(resolved).toBe(request.resolve(UsesCounter));
  });

  it('disposes of the instances and resolves nothing afterwards', async () => {
    const request = new RequestContainer(contextOf('d', 'troms'));
    const service = request.resolve(UsesCounter);
    expect(request.disposed).toBe(false);

    await request.dispose();

    expect(service.disposed).toBe(true);
    expect(request.disposed).toBe(true);
    expect(() => request.resolve(Counter)).toThrow(/disposed/);
    await request.dispose();
  });
});
