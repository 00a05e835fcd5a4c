import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, toConnection, type ConnectionShape } from '../../common/connection.js';
import { LocalizedText } from '../../common/localized-text.type.js';
import { serviceContext } from '../../common/service-context.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { Municipality } from '../county/municipality.entity.js';
import { Owner } from '../partnership/owner.entity.js';
import {
  CreateIndicatorFigureInput,
  IndicatorFiguresArgs,
  UpdateIndicatorFigureInput,
} from './dto/indicator-figure.inputs.js';
import { IndicatorFigureService } from './indicator-figure.service.js';
import { SectorIndicator } from './sector-indicator.entity.js';

const SectorIndicatorConnection = ConnectionType(SectorIndicator, 'SectorIndicator');

@ObjectType({
  description: 'One of the plan’s indicators that the knowledge base holds figures for.',
})
export class KnowledgeBaseIndicator {
  @Field()
  id!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;

  @Field({ description: 'STATISTIC or DISTANCE.' })
  kind!: string;
}

/** The knowledge base's figures (ADMIN): per municipality or owner, sector and year. */
@Resolver(() => SectorIndicator)
export class IndicatorFigureResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [KnowledgeBaseIndicator], {
    description: 'The indicators of the plan in force that come as figures (statistics, distance).',
  })
  async knowledgeBaseIndicators(@Ctx() ctx: RequestContext): Promise<KnowledgeBaseIndicator[]> {
    const indicators = await new IndicatorFigureService(serviceContext(ctx)).indicators();
    return indicators.map((i) => ({ id: i.id, label: i.label, kind: i.kind }));
  }

  @Authorized(Role.ADMIN)
  @Query(() => SectorIndicatorConnection, {
    description: 'The knowledge base’s figures, latest year first.',
  })
  async indicatorFigures(
    @Args(() => IndicatorFiguresArgs) args: IndicatorFiguresArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<SectorIndicator>> {
    return toConnection(await new IndicatorFigureService(serviceContext(ctx)).list(args));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SectorIndicator, { description: 'Adds a figure to the knowledge base.' })
  createIndicatorFigure(
    @Arg('input', () => CreateIndicatorFigureInput) input: CreateIndicatorFigureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SectorIndicator> {
    return new IndicatorFigureService(serviceContext(ctx)).create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SectorIndicator)
  updateIndicatorFigure(
    @Arg('input', () => UpdateIndicatorFigureInput) input: UpdateIndicatorFigureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SectorIndicator> {
    return new IndicatorFigureService(serviceContext(ctx)).update(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID)
  deleteIndicatorFigure(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return new IndicatorFigureService(serviceContext(ctx)).delete(id);
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() figure: SectorIndicator): Promise<Municipality | null> {
    return figure.municipality
      ? figure.municipality.load({ dataloader: true })
      : Promise.resolve(null);
  }

  @FieldResolver(() => Owner, { nullable: true })
  owner(@Root() figure: SectorIndicator): Promise<Owner | null> {
    return figure.owner ? figure.owner.load({ dataloader: true }) : Promise.resolve(null);
  }
}
