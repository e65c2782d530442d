import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
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

export enum LineageLevel {
  DATASET = 'DATASET',
  FIELD = 'FIELD',
}

registerEnumType(LineageLevel, {
  name: 'LineageLevel',
  description: 'What a lineage walk follows.',
  valuesConfig: {
    DATASET: { description: 'Datasets derived from datasets (tables, views, models, job outputs).' },
    FIELD: { description: 'Columns derived from columns (view SQL, dbt compiled SQL, OpenLineage column lineage), from a column or from every column of a dataset.' },
  },
});

/** Hops walked when a lineage walk gives no depth (or the configured cap, if lower). */
export const DEFAULT_WALK_DEPTH = 3;

@InputType({ description: 'A bounded lineage walk.' })
export class LineageInput {
  @Field(() => ID, { description: 'URN of the asset to start from: a dataset, or at FIELD level a column or a dataset (then all its columns are the start).' })
  urn!: string;

  @Field(() => LineageLevel, { defaultValue: LineageLevel.DATASET, description: 'Walk datasets, or columns.' })
  level?: LineageLevel;

  @Field(() => LineageDirection, { defaultValue: LineageDirection.BOTH, description: 'Which way to walk.' })
  direction!: LineageDirection;

  // No default in the schema: a server configured below 3 hops would refuse a walk that gives none.
  @Field(() => Int, { nullable: true, description: `How many hops to walk, 1 to \`limits.lineage.maxDepth\` (10 unless configured); ${DEFAULT_WALK_DEPTH}, or that cap if lower, when absent.` })
  depth?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most nodes to return, 1 to `limits.lineage.maxNodes` (1,000 unless configured); that cap when absent.' })
  limit?: number | null;
}

// simpleResolvers: a walk returns up to thousands of nodes and edges, and type-graphql would otherwise give each
// field a resolver of its own that only reads the property (graphql/compiledExecution.ts then reads it directly).
@ObjectType({ description: 'An asset reached by a lineage walk.', simpleResolvers: true })
export class LineageNode {
  @Field(() => ID, { description: 'URN of the asset.' })
  urn!: string;

  @Field(() => EntityType, { description: 'The kind of asset.' })
  type!: EntityType;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Fully qualified name in its store; for a column, its dataset\'s followed by the column name.' })
  qualifiedName?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the domain that owns it (a column\'s: its dataset\'s).' })
  domain?: string | null;

  /** URN of the dataset holding a column; exposed as `dataset`. */
  datasetUrn?: string | null;

  @Field(() => String, { description: 'ACTIVE or REMOVED.' })
  status!: string;

  @Field(() => Int, { description: 'Hops from the starting asset: 0 for the start, negative upstream, positive downstream.' })
  degree!: number;
}

// simpleResolvers: as LineageNode.
@ObjectType({ description: 'A lineage edge, from the upstream asset to the downstream one.', simpleResolvers: true })
export class LineageEdge {
  @Field(() => ID, { description: 'URN of the upstream asset.' })
  from!: string;

  @Field(() => ID, { description: 'URN of the downstream asset.' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'How the downstream asset is made from the upstream one, as its source recorded it: VIEW, DBT_MODEL, DBT_SNAPSHOT, JOB between datasets; IDENTITY, EXPRESSION, AGGREGATION (the value flows), FILTER, JOIN, GROUP_BY (it only decides the rows) between columns parsed from SQL; OpenLineage\'s own types (e.g. DIRECT/IDENTITY) otherwise.' })
  transformation?: string | null;

  @Field(() => Float, { nullable: true, description: 'How sure the source is of the edge, 0–1: 1 when the SQL or the producer says it outright, lower for inferred edges. When two sources record the same edge, the surer one is returned (of two as sure, one that names a job), with its transformation and job.' })
  confidence?: number | null;

  /** URN of the job that recorded the edge, if its source named one; exposed as `job` (lineage.resolver.ts). */
  jobUrn?: string | null;
}

@ObjectType({ description: 'The result of a lineage walk.' })
export class LineageResult {
  @Field(() => ID, { description: 'URN the walk started from.' })
  root!: string;

  @Field(() => [LineageNode], { description: 'Assets reached, the start included (at FIELD level from a dataset: its columns, at degree 0).' })
  nodes!: LineageNode[];

  @Field(() => [LineageEdge], { description: 'Edges between the assets returned.' })
  edges!: LineageEdge[];

  @Field(() => Boolean, { description: 'True when the node limit cut the walk: more lineage exists within the depth than is returned (nearest nodes are kept).' })
  isPartial!: boolean;
}
