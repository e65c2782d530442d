import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** Hops walked downstream when an impact query gives no depth (or the configured cap, if lower). */
export const DEFAULT_IMPACT_DEPTH = 5;

@InputType({ description: 'What depends on an asset: the downstream walk, counted.' })
export class ImpactInput {
  @Field(() => ID, { description: 'URN of the dataset whose change you are weighing.' })
  urn!: string;

  // No default in the schema: a server configured below 5 hops would refuse an impact query that gives none.
  @Field(() => Int, { nullable: true, description: `How many hops downstream, 1 to \`limits.lineage.maxDepth\` (10 unless configured); ${DEFAULT_IMPACT_DEPTH}, or that cap if lower, when absent.` })
  depth?: number | null;
}

@ObjectType({ description: 'How many impacted assets share one value (a domain, a product, an owner).' })
export class ImpactCount {
  @Field(() => String, { description: 'The domain name, product name or owner.' })
  key!: string;

  @Field(() => Int, { description: 'Downstream datasets with it.' })
  count!: number;
}

@ObjectType({ description: 'Who and what a change to an asset would reach downstream.' })
export class ImpactResult {
  @Field(() => ID, { description: 'The asset the walk started from.' })
  root!: string;

  @Field(() => Int, { description: 'Downstream datasets reached (the start not included).' })
  total!: number;

  @Field(() => Boolean, { description: 'True when the node limit cut the walk: the counts are lower bounds.' })
  isPartial!: boolean;

  @Field(() => [ImpactCount], { description: 'Downstream datasets per owning domain, most first; "(no domain)" for those without.' })
  byDomain!: ImpactCount[];

  @Field(() => [ImpactCount], { description: 'Downstream datasets per data product that exposes or consumes them, most first.' })
  byProduct!: ImpactCount[];

  @Field(() => [ImpactCount], { description: 'Downstream datasets per owner, most first.' })
  byOwner!: ImpactCount[];
}
