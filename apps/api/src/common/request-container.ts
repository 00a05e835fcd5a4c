// tsyringe needs the Reflect metadata API before its own module runs.
import 'reflect-metadata';
import {
  container as rootContainer,
  inject,
  Lifecycle,
  scoped,
  type DependencyContainer,
  type InjectionToken,
} from 'tsyringe';
import type { ContainerType, ResolverData } from 'type-graphql';
import type { ServiceContext } from './service-context.js';

/** The token of the request's ServiceContext (an interface, so it needs a token of its own). */
export const SERVICE_CONTEXT: InjectionToken<ServiceContext> = Symbol('ServiceContext');

/**
 * Marks a class (a service or a resolver) as one instance per request: resolved from the request's
 * container, it is made once for that request, with the request's ServiceContext and services
 * injected, and never shared with another request. Plain classes: `new X(ctx)` still works outside
 * a request (routes, workers, tests).
 */
export function requestScoped(): ClassDecorator {
  return scoped(Lifecycle.ContainerScoped) as ClassDecorator;
}

/** Injects the request's ServiceContext (em, viewer, requestId) into a constructor parameter. */
export function injectServiceContext(): ParameterDecorator {
  return inject(SERVICE_CONTEXT);
}

/** Registers classes (the resolvers) as one instance per request, unless already registered. */
export function registerRequestScoped(classes: readonly (new (...args: never[]) => unknown)[]) {
  for (const target of classes) {
    if (!rootContainer.isRegistered(target)) {
      rootContainer.register(target, target, { lifecycle: Lifecycle.ContainerScoped });
    }
  }
}

/**
 * One request's services: a tsyringe child container of the application's (root) one, holding
 * the request's ServiceContext. type-graphql asks it for resolver instances (`buildSchema`'s
 * `container` option reads it from the GraphQL context); the server disposes of it when the
 * answer is sent, after which nothing can be resolved from it and its instances are released.
 */
export class RequestContainer implements ContainerType {
  private scope: DependencyContainer | undefined;

  constructor(context: ServiceContext) {
    this.scope = rootContainer.createChildContainer();
    this.scope.registerInstance(SERVICE_CONTEXT, context);
  }

  /** The request's instance of a request-scoped class. */
  resolve<T>(target: InjectionToken<T>): T {
    if (!this.scope) throw new Error('The request’s container was already disposed of.');
    return this.scope.resolve(target);
  }

  /** type-graphql's ContainerType: a resolver class's instance for this request. */
  get(someClass: new (...args: never[]) => unknown, _data: ResolverData): unknown {
    return this.resolve(someClass);
  }

  get disposed(): boolean {
    return this.scope === undefined;
  }

  /** Ends the request's scope: its instances' `dispose()` run, and the container lets go of them. */
  async dispose(): Promise<void> {
    const scope = this.scope;
    this.scope = undefined;
    await scope?.dispose();
  }
}
