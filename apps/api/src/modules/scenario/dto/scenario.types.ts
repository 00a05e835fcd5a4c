import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../../common/connection.js';
import { NeedsStatement } from '../../needs-statement/needs-statement.entity.js';
import { ScenarioLine } from '../scenario-line.entity.js';
import { ComparisonGroup } from './scenario-report.types.js';
import { ScenarioRun } from '../scenario-run.entity.js';
import { Scenario } from '../scenario.entity.js';

@ObjectType({ description: 'A year of a line’s grant; later years subject to appropriation.' })
export class YearGrant {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  amount!: number;

  @Field(() => Int)
  owner!: number;

  @Field(() => Int)
  institution!: number;

  @Field(() => Int)
  coordinator!: number;

  @Field()
  subjectToAppropriation!: boolean;
}

@ObjectType()
export class ComparisonRow {
  @Field(() => NeedsStatement)
  needsStatement!: NeedsStatement;

  @Field(() => Int)
  requestedThisYear!: number;

  @Field(() => [Int], { description: 'Granted this year, one per scenario in the given order.' })
  granted!: number[];

  @Field(() => Int, { description: 'Largest minus smallest grant across the scenarios.' })
  spread!: number;

  @Field(() => [ScenarioLine], {
    nullable: 'items',
    description:
      'The statement’s line in each scenario, in order (null where a scenario lacks it): status, grant, the engine’s explanation and any adjustment’s reason.',
  })
  lines!: (ScenarioLine | null)[];
}

@ObjectType()
export class ScenarioComparison {
  @Field(() => [Scenario])
  scenarios!: Scenario[];

  @Field(() => [ComparisonRow], { description: 'Statements whose grants differ come first.' })
  rows!: ComparisonRow[];

  @Field(() => [ID], { description: 'Scenarios whose inputs are identical to the first one’s.' })
  sameInputAsFirst!: string[];

  @Field(() => [ComparisonRow], {
    description: 'Only the statements whose grant differs, largest difference first.',
  })
  differences!: ComparisonRow[];

  @Field(() => [ComparisonGroup], { description: 'Per sector, in the plan’s order.' })
  bySector!: ComparisonGroup[];

  @Field(() => [ComparisonGroup], {
    description: 'Per municipality of the owners (several or none as groups of their own).',
  })
  byMunicipality!: ComparisonGroup[];

  @Field(() => [ComparisonGroup], { description: 'Per set of owners of the partnership.' })
  byOwner!: ComparisonGroup[];
}

export const ScenarioConnection = ConnectionType(Scenario, 'Scenario');
export const ScenarioLineConnection = ConnectionType(ScenarioLine, 'ScenarioLine');
export const ScenarioRunConnection = ConnectionType(ScenarioRun, 'ScenarioRun');
