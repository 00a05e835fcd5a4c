import type { FilterQuery } from '@mikro-orm/core';
import { Args, ArgsType, Authorized, Ctx, Field, Query, Resolver } from 'type-graphql';
import {
  ConnectionType,
  PageArgs,
  pageWindow,
  toConnection,
  type ConnectionShape,
} from '../../common/connection.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { AuditLogEntry } from './audit-log-entry.entity.js';

const AuditLogConnection = ConnectionType(AuditLogEntry, 'AuditLogEntry');

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  entityId?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;
}

@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditLogConnection, { description: 'The county’s audit log, newest first.' })
  async auditLog(
    @Args(() => AuditLogArgs) args: AuditLogArgs,
    @Ctx() { em }: RequestContext,
  ): Promise<ConnectionShape<AuditLogEntry>> {
    const { offset, limit } = pageWindow(args);
    const where: FilterQuery<AuditLogEntry> = {};
    if (args.entityType) where.entityType = args.entityType;
    if (args.entityId) where.entityId = args.entityId;
    if (args.action) where.action = args.action;
    const [nodes, totalCount] = await em.findAndCount(AuditLogEntry, where, {
      orderBy: { id: 'desc' },
      offset,
      limit,
    });
    return toConnection({ nodes, totalCount, offset, limit });
  }
}
