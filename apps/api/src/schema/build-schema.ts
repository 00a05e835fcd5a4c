import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CountyResolver } from '../modules/county/county.resolver.js';
import { HealthResolver } from '../modules/health/health.resolver.js';

export const resolvers = [HealthResolver, CountyResolver] as const;

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}
