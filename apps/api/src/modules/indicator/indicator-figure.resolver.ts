import {
  Arg,
  Args,
  Authorized,
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
import { requestScoped } from '../../common/request-container.js';
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
@requestScoped()
export class IndicatorFigureResolver {
  constructor(private readonly figures: IndicatorFigureService) {}

  @Authorized(Role.ADMIN)
  @Query(() => [KnowledgeBaseIndicator], {
    description: 'The indicators of the plan in force that come as figures (statistics, distance).',
  })
  async knowledgeBaseIndicators(): Promise<KnowledgeBaseIndicator[]> {
    const indicators = await this.figures.indicators();
    return indicators.map((i) => ({ id: i.id, label: i.label, kind: i.kind }));
  }

  @Authorized(Role.ADMIN)
  @Query(() => SectorIndicatorConnection, {
    description: 'The knowledge base’s figures, latest year first.',
  })
  async indicatorFigures(
    @Args(() => IndicatorFiguresArgs) args: IndicatorFiguresArgs,
  ): Promise<ConnectionShape<SectorIndicator>> {
    return toConnection(await this.figures.list(args));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SectorIndicator, { description: 'Adds a figure to the knowledge base.' })
  createIndicatorFigure(
    @Arg('input', () => CreateIndicatorFigureInput) input: CreateIndicatorFigureInput,
  ): Promise<SectorIndicator> {
    return this.figures.create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SectorIndicator)
  updateIndicatorFigure(
    @Arg('input', () => UpdateIndicatorFigureInput) input: UpdateIndicatorFigureInput,
  ): Promise<SectorIndicator> {
    return this.figures.update(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID)
  deleteIndicatorFigure(@Arg('id', () => ID) id: string): Promise<string> {
    return this.figures.delete(id);
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
