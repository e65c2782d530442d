import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'What depends on an asset: the downstream walk, counted.' })
export class ImpactInput {
  @Field(() => ID, { description: 'URN of the dataset whose change you are weighing.' })
  urn!: string;

  @Field(() => Int, { defaultValue: 5, description: 'How many hops downstream (1 to the configured maximum).' })
  depth!: number;
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
