import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('LineageLimits', { description: "The caps on a lineage or impact walk (polder.yaml's `api.lineage`)." })
export class LineageLimitsView {
  @Field(() => Int, { description: 'The most hops `lineage` and `impact` take: a larger `depth` is refused.' })
  maxDepth!: number;

  @Field(() => Int, { description: "The most assets one walk returns, and its `limit` when none is given: a larger `limit` is refused." })
  maxNodes!: number;
}

@ObjectType('OperationLimits', { description: "The bounds on one GraphQL operation (polder.yaml's `api.operations`): past any of them it is refused before it runs." })
export class OperationLimitsView {
  @Field(() => Int, { description: 'How deep its selections may nest.' })
  maxDepth!: number;

  @Field(() => Int, { description: 'How many fields it may select, fragments counted where they are spread.' })
  maxFields!: number;

  @Field(() => Int, { description: 'How many aliases it may use.' })
  maxAliases!: number;

  @Field(() => Int, { description: 'The most values its answer may hold, every list counted at its page size (20 for a list without one).' })
  maxCost!: number;
}

@ObjectType({ description: 'What this API refuses past, as configured: ask for what you will be given.' })
export class ApiLimits {
  @Field(() => LineageLimitsView, { description: 'Caps on lineage and impact walks.' })
  lineage!: LineageLimitsView;

  @Field(() => Int, { description: "The most hops a walk up the glossary's term hierarchy or along an is-a chain takes (polder.yaml's `api.glossary.walkCap`)." })
  glossaryWalkCap!: number;

  @Field(() => OperationLimitsView, { description: 'Bounds on one operation.' })
  operations!: OperationLimitsView;
}
