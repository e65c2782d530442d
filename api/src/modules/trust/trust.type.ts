import 'reflect-metadata';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a trust component rests on: a check, a result, a column, an incident, an owner, ... or the lack of it.' })
export class TrustEvidence {
  @Field(() => String, {
    description: 'What it is, e.g. description, undescribedColumn, check, result, incident, upstream, certified, noChecks; notVisible counts the items that name assets you may not see.',
  })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'The asset, check, result or incident it points at, when there is one.' })
  urn?: string | null;

  @Field(() => String, { description: 'In words, e.g. "orders-fresh: 29 of 30 runs passed in 30 days".' })
  description!: string;
}

@ObjectType({ description: 'One component of a trust score.' })
export class TrustComponent {
  @Field(() => String, { description: 'documentation, ownership, quality, freshness, lineage, certification, usage, incidents, contract (datasets); outputPorts (data products).' })
  name!: string;

  @Field(() => Float, { nullable: true, description: '0–1; null when there is no evidence either way, and then its weight goes to the known components.' })
  value?: number | null;

  @Field(() => Float, { description: 'Its weight, as configured in polder.yaml `trust:`.' })
  weight!: number;

  @Field(() => Float, { description: 'The points of the score it gives: 100 × weight × value / (sum of the weights of the known components).' })
  contribution!: number;

  @Field(() => [TrustEvidence], { description: 'What the value rests on.' })
  evidence!: TrustEvidence[];
}

@ObjectType({ description: 'What held a data product\'s score down: its weakest output port or upstream dataset.' })
export class TrustCap {
  @Field(() => ID, { nullable: true, description: 'The dataset; null when it is one you may not see (its score and role still show).' })
  urn!: string | null;

  @Field(() => Int, { description: 'Its score, which the product cannot exceed.' })
  score!: number;

  @Field(() => String, { description: 'In words.' })
  reason!: string;
}

@ObjectType({ description: 'How far an asset can be trusted (0–100), and why: see the README\'s "Trust score".' })
export class TrustScore {
  @Field(() => Int, { description: '0–100.' })
  score!: number;

  @Field(() => Int, { description: 'The weighted sum before a cap; equal to `score` unless `cap` is set.' })
  uncappedScore!: number;

  @Field(() => String, { description: 'When it was computed (ISO 8601); it is recomputed whenever one of its inputs changes.' })
  computedAt!: string;

  @Field(() => [TrustComponent], { description: 'Each component with its value, weight, contribution and evidence.' })
  components!: TrustComponent[];

  @Field(() => TrustCap, { nullable: true, description: 'For a data product held down by its weakest output port or upstream; null otherwise.' })
  cap?: TrustCap | null;
}

@ObjectType({ description: 'A past trust score: one entry per change of the score.' })
export class TrustHistoryEntry {
  @Field(() => Int, { description: '0–100.' })
  score!: number;

  @Field(() => Int, { nullable: true, description: 'The score before this change; null for the first.' })
  previousScore?: number | null;

  @Field(() => String, { description: 'When it changed (ISO 8601).' })
  computedAt!: string;
}
