import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EntityType } from '../entity/entity.type.ts';

export enum LineageDirection {
  UPSTREAM = 'UPSTREAM',
  DOWNSTREAM = 'DOWNSTREAM',
  BOTH = 'BOTH',
}

registerEnumType(LineageDirection, {
  name: 'LineageDirection',
  description: 'Which way to walk lineage from the starting asset.',
  valuesConfig: {
    UPSTREAM: { description: 'Towards the assets it is derived from.' },
    DOWNSTREAM: { description: 'Towards the assets derived from it.' },
    BOTH: { description: 'Both ways.' },
  },
});

@InputType({ description: 'A bounded lineage walk.' })
export class LineageInput {
  @Field(() => ID, { description: 'URN of the asset to start from.' })
  urn!: string;

  @Field(() => LineageDirection, { defaultValue: LineageDirection.BOTH, description: 'Which way to walk.' })
  direction!: LineageDirection;

  @Field(() => Int, { defaultValue: 3, description: 'How many hops to walk (1 to the configured maximum, 10 by default).' })
  depth!: number;

  @Field(() => Int, { nullable: true, description: 'Most nodes to return; the configured maximum when absent.' })
  limit?: number | null;
}

@ObjectType({ description: 'An asset reached by a lineage walk.' })
export class LineageNode {
  @Field(() => ID, { description: 'URN of the asset.' })
  urn!: string;

  @Field(() => EntityType, { description: 'The kind of asset.' })
  type!: EntityType;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Fully qualified name in its store.' })
  qualifiedName?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the domain that owns it.' })
  domain?: string | null;

  @Field(() => String, { description: 'ACTIVE or REMOVED.' })
  status!: string;

  @Field(() => Int, { description: 'Hops from the starting asset: 0 for the start, negative upstream, positive downstream.' })
  degree!: number;
}

@ObjectType({ description: 'A lineage edge, from the upstream asset to the downstream one.' })
export class LineageEdge {
  @Field(() => ID, { description: 'URN of the upstream asset.' })
  from!: string;

  @Field(() => ID, { description: 'URN of the downstream asset.' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'How the downstream asset is made from the upstream one, e.g. VIEW.' })
  transformation?: string | null;
}

@ObjectType({ description: 'The result of a lineage walk.' })
export class LineageResult {
  @Field(() => ID, { description: 'URN the walk started from.' })
  root!: string;

  @Field(() => [LineageNode], { description: 'Assets reached, the start included.' })
  nodes!: LineageNode[];

  @Field(() => [LineageEdge], { description: 'Edges between the assets returned.' })
  edges!: LineageEdge[];

  @Field(() => Boolean, { description: 'True when the node limit cut the walk: more lineage exists than is returned.' })
  isPartial!: boolean;
}
