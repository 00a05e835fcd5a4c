import type { FilterQuery } from '@mikro-orm/core';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  ConnectionType,
  PageArgs,
  pageWindow,
  toConnection,
  type ConnectionShape,
} from '../../common/connection.js';
import { Ownership } from '../../common/enums.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { Municipality } from '../county/municipality.entity.js';
import { Institution } from './institution.entity.js';
import { Owner } from './owner.entity.js';
import { Partnership } from './partnership.entity.js';
import { Unit } from './unit.entity.js';

const names = new Intl.Collator('nb');
const byName = (a: Owner, b: Owner): number =>
  names.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const PartnershipConnection = ConnectionType(Partnership, 'Partnership');
const OwnerConnection = ConnectionType(Owner, 'Owner');
const InstitutionConnection = ConnectionType(Institution, 'Institution');

@ArgsType()
class SearchArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words in the name.' })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only archived; false: only active; left out: both.',
  })
  archived?: boolean | null;
}

@ArgsType()
class OwnersArgs extends SearchArgs {
  @Field(() => Ownership, { nullable: true })
  ownership?: Ownership | null;

  @Field(() => String, { nullable: true, description: 'Kommunenummer.' })
  municipalityNumber?: string | null;
}

function nameLike(search: string | null | undefined): { name?: { $ilike: string } } {
  const text = search?.trim();
  return text ? { name: { $ilike: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } } : {};
}

/** The name search and the archive filter of a register list. */
function searchFilter(args: SearchArgs): {
  name?: { $ilike: string };
  archivedAt?: null | { $ne: null };
} {
  return {
    ...nameLike(args.search),
    ...(args.archived == null ? {} : { archivedAt: args.archived ? { $ne: null } : null }),
  };
}

/** Read-only registers of the county: partnerships, owners, institutions, municipalities. */
@Resolver()
export class PartnershipResolver {
  @Authorized(Role.ADMIN, Role.PARTNERSHIP)
  @Query(() => PartnershipConnection, {
    description: 'The county’s partnerships by name (a partnership sees itself).',
  })
  async partnerships(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() { em }: RequestContext,
  ): Promise<ConnectionShape<Partnership>> {
    const { offset, limit } = pageWindow(args);
    const [nodes, totalCount] = await em.findAndCount(Partnership, searchFilter(args), {
      orderBy: { name: 'asc', id: 'asc' },
      offset,
      limit,
    });
    return toConnection({ nodes, totalCount, offset, limit });
  }

  @Authorized(Role.ADMIN)
  @Query(() => OwnerConnection, { description: 'Kindergarten and school owners, by name.' })
  async owners(
    @Args(() => OwnersArgs) args: OwnersArgs,
    @Ctx() { em }: RequestContext,
  ): Promise<ConnectionShape<Owner>> {
    const { offset, limit } = pageWindow(args);
    const where: FilterQuery<Owner> = { ...searchFilter(args) };
    if (args.ownership) where.ownership = args.ownership;
    if (args.municipalityNumber) where.municipality = { number: args.municipalityNumber };
    const [nodes, totalCount] = await em.findAndCount(Owner, where, {
      orderBy: { name: 'asc', id: 'asc' },
      offset,
      limit,
    });
    return toConnection({ nodes, totalCount, offset, limit });
  }

  @Authorized(Role.ADMIN)
  @Query(() => InstitutionConnection)
  async institutions(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() { em }: RequestContext,
  ): Promise<ConnectionShape<Institution>> {
    const { offset, limit } = pageWindow(args);
    const [nodes, totalCount] = await em.findAndCount(Institution, searchFilter(args), {
      orderBy: { name: 'asc', id: 'asc' },
      offset,
      limit,
    });
    return toConnection({ nodes, totalCount, offset, limit });
  }

  @Authorized(Role.ADMIN, Role.FORUM, Role.PARTNERSHIP)
  @Query(() => [Municipality], { description: 'The county’s municipalities by number.' })
  municipalities(@Ctx() { em }: RequestContext): Promise<Municipality[]> {
    return em.find(Municipality, {}, { orderBy: { number: 'asc' } });
  }
}

@Resolver(() => Partnership)
export class PartnershipFieldsResolver {
  @FieldResolver(() => Institution)
  institution(@Root() partnership: Partnership): Promise<Institution> {
    return partnership.institution.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => [Owner], { description: 'By name (Norwegian order).' })
  async owners(@Root() partnership: Partnership): Promise<Owner[]> {
    // MikroORM's many-to-many collection loader: one query for all partnerships in the request.
    // (Its `orderBy` fails on a pivot table in 6.6, so the order is made here.)
    const owners = await partnership.owners.load({ dataloader: true });
    return owners.getItems().sort(byName);
  }

  @FieldResolver(() => [Unit], {
    description:
      'The owners’ units (kindergartens, schools) taking part in this partnership: the coordinator’s complexity counts these.',
  })
  async units(@Root() partnership: Partnership): Promise<Unit[]> {
    return (await partnership.units.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => Owner, { nullable: true })
  leadOwner(@Root() partnership: Partnership): Promise<Owner | null> {
    return partnership.leadOwner
      ? partnership.leadOwner.load({ dataloader: true })
      : Promise.resolve(null);
  }
}

@Resolver(() => Owner)
export class OwnerResolver {
  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() owner: Owner): Promise<Municipality | null> {
    return owner.municipality
      ? owner.municipality.load({ dataloader: true })
      : Promise.resolve(null);
  }

  @FieldResolver(() => Int, { description: 'Kindergartens and schools of the owner.' })
  unitCount(@Root() owner: Owner, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders
      .get<string, number>(
        'unitCountByOwner',
        async (ids) => {
          const rows = await ctx.em.execute<{ owner_id: string; n: string }[]>(
            `select owner_id, count(*) as n from unit where owner_id in (?)
              group by owner_id`,
            [ids],
          );
          return new Map(rows.map((r) => [r.owner_id, Number(r.n)]));
        },
        0,
      )
      .load(owner.id);
  }

  @FieldResolver(() => [Unit])
  async units(@Root() owner: Owner): Promise<Unit[]> {
    return (await owner.units.load({ dataloader: true })).getItems();
  }
}
