import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ForbiddenError, NotFoundError } from '../../errors/app-error.js';
import type { RequestContext } from '../../server/request-context.js';
import { rebindRequest } from '../../database/row-level-security.js';
import { County } from '../county/county.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { signDevToken } from './dev-token.js';
import { Role } from './role.js';

/** The demo users' names, by role. */
const DEMO_NAMES: Record<Role, string> = {
  [Role.ADMIN]: 'Demorådgiver',
  [Role.FORUM]: 'Demomedlem i samarbeidsforumet',
  [Role.PARTNERSHIP]: 'Demobruker i partnerskapet',
  [Role.NATIONAL]: 'Demobruker i Udir',
};

@ObjectType('Viewer', { description: 'The signed-in caller.' })
export class ViewerType {
  @Field({ description: 'The token’s subject.' })
  subject!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => County, { nullable: true, description: 'The caller’s county; null for NATIONAL.' })
  county!: County | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The partnership a PARTNERSHIP caller acts for.',
  })
  partnershipId!: string | null;
}

@ObjectType({ description: 'A development session: a token signed with the local dev key.' })
export class DevSession {
  @Field({ description: 'Send it as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => ViewerType)
  user!: ViewerType;
}

@ObjectType({ description: 'A partnership a developer can sign in as.' })
export class DevSignInPartnership {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The caller; null when anonymous.' })
  viewer(@Ctx() { viewer }: RequestContext): ViewerType | null {
    if (!viewer) return null;
    return {
      subject: viewer.subject,
      name: viewer.name,
      role: viewer.role,
      county: viewer.county as County | null,
      partnershipId: viewer.partnershipId,
    };
  }

  @Query(() => [DevSignInPartnership], {
    description:
      'DEVELOPMENT ONLY: the partnerships of a county a developer can sign in as (PARTNERSHIP). Refused (FORBIDDEN) in production.',
  })
  async devSignInPartnerships(
    @Arg('countyCode', () => String) countyCode: string,
    @Ctx() ctx: RequestContext,
  ): Promise<DevSignInPartnership[]> {
    if (ctx.production || !ctx.auth.devKey) {
      throw new ForbiddenError('devSignInPartnerships is not available in production.', {
        reason: 'DEV_SIGN_IN_DISABLED',
      });
    }
    const county = await ctx.em.findOne(County, { code: countyCode });
    if (!county) throw new NotFoundError('County', countyCode);
    await rebindRequest({ countyId: county.id });
    const partnerships = await ctx.em.find(
      Partnership,
      { county: county.id, archivedAt: null },
      { orderBy: { name: 'asc' }, filters: false, fields: ['id', 'name'] },
    );
    return partnerships.map((p) => ({ id: p.id, name: p.name }));
  }

  @Mutation(() => DevSession, {
    description:
      'DEVELOPMENT ONLY: a token for a role and county, signed with the local dev key. Refused (FORBIDDEN) in production.',
  })
  async devSignIn(
    @Arg('role', () => Role) role: Role,
    @Arg('countyCode', () => String, { nullable: true }) countyCode: string | null,
    @Arg('partnershipId', () => ID, {
      nullable: true,
      description: 'For PARTNERSHIP: which one (default: the county’s first by name).',
    })
    partnershipId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<DevSession> {
    const key = ctx.auth.devKey;
    if (ctx.production || !key) {
      throw new ForbiddenError('devSignIn is not available in production.', {
        reason: 'DEV_SIGN_IN_DISABLED',
      });
    }
    let county: County | null = null;
    if (role !== Role.NATIONAL) {
      if (!countyCode) throw new NotFoundError('County', '(no countyCode given)');
      county = await ctx.em.findOne(County, { code: countyCode });
      if (!county) throw new NotFoundError('County', countyCode);
    }
    let partnership: Partnership | null = null;
    if (role === Role.PARTNERSHIP && county) {
      // An anonymous request is bound to no county (row-level security): read as this county's.
      await rebindRequest({ countyId: county.id });
      partnership = await ctx.em.findOne(
        Partnership,
        { county: county.id, ...(partnershipId ? { id: partnershipId } : { archivedAt: null }) },
        { orderBy: { name: 'asc' }, filters: false },
      );
      if (!partnership) throw new NotFoundError('Partnership', partnershipId ?? '(any)');
    }
    const subject = `dev:${role.toLowerCase()}:${county?.code ?? 'national'}${partnership ? `:${partnership.id}` : ''}`;
    // A person's name as the screens show it (history, adjustments): no role codes.
    const name = partnership ? `${partnership.name} (demo)` : DEMO_NAMES[role];
    const token = await signDevToken(key, {
      subject,
      name,
      role,
      countyCode: county?.code,
      partnershipId: partnership?.id,
    });
    return {
      token,
      user: { subject, name, role, county, partnershipId: partnership?.id ?? null },
    };
  }
}
