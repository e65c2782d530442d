import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EntityType } from '../entity/entity.type.ts';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  NAME = 'NAME',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
  TRUST = 'TRUST',
}

registerEnumType(SearchSort, {
  name: 'SearchSort',
  description: 'The order of search hits.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match first; trust and popularity break ties.' },
    NAME: { description: 'By name, A to Z.' },
    RECENTLY_UPDATED: { description: 'Most recently changed first: crawled, or edited by a person, whichever was later.' },
    TRUST: { description: 'Highest trust score first.' },
  },
});

@InputType({ description: 'One condition: the field has one of the values (or none of them, when negated).' })
export class SearchFilter {
  @Field(() => String, { description: 'type, subtype, domain, platform, source, owner, tag, term, certified or partition (`true` for a partition of a partitioned table). A term is a sense: a domain glossary\'s term with its domain, `Customer (Rentals)`; an enterprise term by its name.' })
  field!: string;

  @Field(() => [String], { description: 'Values to match; any of them (1 to 100).' })
  values!: string[];

  @Field(() => Boolean, { defaultValue: false, description: 'Match assets that have none of the values.' })
  negated!: boolean;
}

@InputType({ description: 'Conditions that must all hold.' })
export class AndFilter {
  @Field(() => [SearchFilter], { description: 'The conditions, ANDed; none matches every asset.' })
  and!: SearchFilter[];
}

@InputType({ description: 'A full-text search over the catalog.' })
export class SearchInput {
  @Field(() => String, { defaultValue: '', description: 'Words to look for; typos and prefixes are tolerated. Empty browses everything.' })
  query!: string;

  @Field(() => Int, { defaultValue: 0, description: 'Offset of the first hit to return: search pages reach its first 10,000 hits (start + count at most 10,000); `datasets` lists every dataset.' })
  start!: number;

  @Field(() => Int, { defaultValue: 20, description: 'How many hits to return (at most 100).' })
  count!: number;

  @Field(() => [AndFilter], { defaultValue: [], description: 'Filters: the groups are ORed, the conditions inside a group ANDed.' })
  orFilters!: AndFilter[];

  @Field(() => SearchSort, { defaultValue: SearchSort.RELEVANCE, description: 'The order of hits.' })
  sort!: SearchSort;
}

@ObjectType({ description: 'A value of a facet, with the number of matching assets that have it.' })
export class FacetValue {
  @Field(() => String, { description: 'The value, e.g. a domain name.' })
  value!: string;

  @Field(() => Int, { description: 'How many matching assets have it.' })
  count!: number;
}

@ObjectType({ description: 'The values of one field among the matching assets, for narrowing a search.' })
export class Facet {
  @Field(() => String, { description: 'The filter field: type, domain, platform, owner, tag, term (each sense apart: `Customer (Rentals)`, `Customer (Delivery)`) or certified.' })
  field!: string;

  @Field(() => [FacetValue], { description: 'Values, most frequent first.' })
  values!: FacetValue[];
}

@InputType({ description: 'A lightweight search for suggestions while typing.' })
export class AutocompleteInput {
  @Field(() => String, { description: 'What was typed so far.' })
  query!: string;

  @Field(() => Int, { defaultValue: 8, description: 'How many suggestions (at most 20).' })
  limit!: number;
}

@ObjectType({ description: 'A suggestion while typing.' })
export class Suggestion {
  @Field(() => ID, { description: 'URN of the asset.' })
  urn!: string;

  @Field(() => EntityType, { description: 'The kind of asset.' })
  type!: EntityType;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Fully qualified name in its store.' })
  qualifiedName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Name of the owning domain. A glossary term's is the domain whose glossary holds it, null for the enterprise glossary's: two domains may each define a \"Customer\", which this tells apart.",
  })
  domain?: string | null;
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

  @Field(() => Boolean, { description: 'Deprecated (a dataset or product tagged `deprecated`, a deprecated glossary term): ranked below equally relevant live assets.' })
  deprecated!: boolean;

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

  @Field(() => [SearchHit], { description: 'The hits, in the requested order.' })
  hits!: SearchHit[];

  @Field(() => [Facet], { description: 'Facet counts over all matching assets (not only this page).' })
  facets!: Facet[];

  @Field(() => String, { nullable: true, description: 'The query with its mistyped words corrected, when the hits show what was meant ("custmer" → "customer"); null otherwise.' })
  didYouMean?: string | null;

  /** The query as asked, for `meanings` (resolved only when selected); not exposed. */
  query!: string;

  /** The URNs of the polysemes the query names, when `search` started looking them up beside the search itself; not exposed. */
  polysemesNamed?: Promise<string[]>;
}
