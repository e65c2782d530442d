import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EntityType } from '../entity/entity.type.ts';

@InputType({ description: 'A full-text search over the catalog.' })
export class SearchInput {
  @Field(() => String, { defaultValue: '', description: 'Words to look for; typos and prefixes are tolerated. Empty browses everything.' })
  query!: string;

  @Field(() => Int, { defaultValue: 0, description: 'Offset of the first hit to return.' })
  start!: number;

  @Field(() => Int, { defaultValue: 20, description: 'How many hits to return (at most 100).' })
  count!: number;
}

@ObjectType({ description: 'A matched part of a hit, with the matching words between <mark> and </mark>.' })
export class Highlight {
  @Field(() => String, { description: 'What matched: name, qualifiedName, description, column, columnDescription, domain.' })
  field!: string;

  @Field(() => String, { description: 'The text with matches marked. Only the <mark> tags are markup; the rest is plain text to escape.' })
  snippet!: string;
}

@ObjectType({ description: 'One search hit.' })
export class SearchHit {
  @Field(() => ID, { description: 'URN of the asset.' })
  urn!: string;

  @Field(() => EntityType, { description: 'The kind of asset.' })
  type!: EntityType;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Fully qualified name in its store.' })
  qualifiedName?: string | null;

  @Field(() => String, { nullable: true, description: 'Description.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the owning domain.' })
  domain?: string | null;

  @Field(() => String, { nullable: true, description: 'Platform (postgres, dbt, ...).' })
  platform?: string | null;

  @Field(() => String, { nullable: true, description: 'TABLE, VIEW, ...' })
  subtype?: string | null;

  @Field(() => [String], { description: 'The parts of the asset the query matched, e.g. ["name", "column"]: why this is a hit.' })
  matchedFields!: string[];

  @Field(() => [Highlight], { description: 'Matched text, marked; one entry per matched column.' })
  highlights!: Highlight[];
}

@ObjectType({ description: 'A page of search hits.' })
export class SearchResults {
  @Field(() => Int, { description: 'Number of matching assets.' })
  total!: number;

  @Field(() => Boolean, { description: 'True when `total` is capped by the configured maximum and more may match.' })
  isTotalEstimate!: boolean;

  @Field(() => Int, { description: 'Offset of the first hit returned.' })
  start!: number;

  @Field(() => Int, { description: 'Number of hits returned.' })
  count!: number;

  @Field(() => [SearchHit], { description: 'The hits, best first.' })
  hits!: SearchHit[];
}
