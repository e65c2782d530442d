import 'reflect-metadata';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Dataset } from '../dataset/dataset.type.ts';
import { SchemaField } from '../dataset/field.type.ts';
import { GlossaryTerm } from './glossaryTerm.type.ts';
import { Entity, EntityType } from '../entity/entity.type.ts';

/** The most datasets one hop of `polysemeLineage` returns. */
export const MAX_DATASETS_PER_HOP = 500;

export enum MappingKind {
  SAME_AS = 'SAME_AS',
  BROADER = 'BROADER',
  NARROWER = 'NARROWER',
  OVERLAPS = 'OVERLAPS',
}
registerEnumType(MappingKind, {
  name: 'MappingKind',
  description: 'How one sense relates to another.',
  valuesConfig: {
    SAME_AS: { description: 'The same things, named differently.' },
    BROADER: { description: 'The first sense covers more than the second.' },
    NARROWER: { description: 'The first sense covers less than the second.' },
    OVERLAPS: { description: 'Some things are both.' },
  },
});

export enum PolysemeStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
}
registerEnumType(PolysemeStatus, {
  name: 'PolysemeStatus',
  description: 'Whether the council has agreed the polyseme.',
  valuesConfig: { DRAFT: { description: 'Proposed (e.g. from an unmodeled-polyseme finding).' }, APPROVED: { description: 'Agreed by the council.' } },
});

@ObjectType({ implements: Entity, description: 'One word with a different meaning (sense) in each domain that uses it, and the mappings between the senses. URN: `urn:polder:polyseme:<slug of the label>`.' })
export class Polyseme extends Entity {
  declare type: EntityType.POLYSEME;

  @Field(() => String, { description: 'The shared word, e.g. "Customer".' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'What the word covers across domains.' })
  description?: string | null;

  @Field(() => PolysemeStatus, { description: 'Proposed or agreed.' })
  polysemeStatus!: PolysemeStatus;

  @Field(() => Int, { description: 'How many edits its global part has had; pass it as `expectedVersion`.' })
  version!: number;
}

@ObjectType({ description: 'A mapping between two senses, with the rule that correlates their instances and who agreed to it.' })
export class SenseMapping {
  @Field(() => GlossaryTerm, { description: 'The sense it is stated from.' })
  from!: GlossaryTerm;

  @Field(() => GlossaryTerm, { description: 'The sense it is stated to.' })
  to!: GlossaryTerm;

  @Field(() => MappingKind, { description: 'How `from` relates to `to`.' })
  kind!: MappingKind;

  @Field(() => String, { description: 'The correlation rule, e.g. `rentals.public.customer.email = delivery.app.customers.email`.' })
  rule!: string;

  @Field(() => [String], { description: 'Who agreed to it (usernames).' })
  agreedBy!: string[];
}

@ObjectType({ description: 'A dataset or column that carries a sense of a polyseme.' })
export class PolysemeCarrier {
  @Field(() => GlossaryTerm, { description: 'The sense.' })
  sense!: GlossaryTerm;

  @Field(() => String, { description: 'The domain of the sense.' })
  domain!: string;

  @Field(() => Dataset, { description: 'The dataset (the column\'s, for a column).' })
  dataset!: Dataset;

  @Field(() => SchemaField, { nullable: true, description: 'The column; null when the dataset as a whole carries the sense.' })
  field?: SchemaField | null;

  @Field(() => Boolean, { description: 'True for one of the sense\'s identity fields.' })
  identity!: boolean;
}

@ObjectType({ description: 'A page of the datasets and columns carrying the senses of a polyseme, and how many there are in all.' })
export class PolysemeCarriers {
  @Field(() => Int, { description: 'How many carriers you may see, in all pages.' })
  total!: number;

  @Field(() => [PolysemeCarrier], { description: 'This page of them: by domain, then dataset, the dataset itself before its columns.' })
  carriers!: PolysemeCarrier[];
}

@ObjectType({ description: 'One side of a join key: a column by name, and the column in the catalog when it is there.' })
export class JoinColumn {
  @Field(() => String, { description: 'The dataset\'s qualified name, e.g. `rentals.public.customer`.' })
  dataset!: string;

  @Field(() => String, { description: 'The column name.' })
  column!: string;

  @Field(() => SchemaField, { nullable: true, description: 'The column, or null when the catalog does not have it (yet).' })
  field?: SchemaField | null;
}

@ObjectType({ description: 'One equality of a join key.' })
export class JoinPair {
  @Field(() => JoinColumn, { description: 'The left column.' })
  left!: JoinColumn;

  @Field(() => JoinColumn, { description: 'The right column.' })
  right!: JoinColumn;
}

@ObjectType({ description: 'How the instances of two domains\' senses correlate: a mapping and the columns its rule joins on.' })
export class JoinKey {
  @Field(() => MappingKind, { description: 'The mapping\'s kind.' })
  kind!: MappingKind;

  @Field(() => String, { description: 'The rule as written.' })
  rule!: string;

  @Field(() => GlossaryTerm, { description: 'The sense the mapping is stated from.' })
  from!: GlossaryTerm;

  @Field(() => GlossaryTerm, { description: 'The sense it is stated to.' })
  to!: GlossaryTerm;

  @Field(() => [JoinPair], { description: 'The column equalities.' })
  pairs!: JoinPair[];
}

@ObjectType({ description: 'One hop of lineage across domains, from a sense to a mapped one.' })
export class PolysemeLineageHop {
  @Field(() => Int, { description: 'Hops from the start (1 = a sense the dataset carries, mapped once).' })
  degree!: number;

  @Field(() => GlossaryTerm, { description: 'The sense walked from.' })
  from!: GlossaryTerm;

  @Field(() => GlossaryTerm, { description: 'The sense reached (in another domain).' })
  to!: GlossaryTerm;

  @Field(() => MappingKind, { description: 'The mapping\'s kind, as stored.' })
  kind!: MappingKind;

  @Field(() => String, { description: 'The correlation rule.' })
  rule!: string;

  @Field(() => [Dataset], { description: 'Datasets that carry the sense reached (or whose columns do), by qualified name: the first `datasetsPerHop` of them.' })
  datasets!: Dataset[];

  @Field(() => Int, { description: 'How many datasets you may see carry the sense reached: more than `datasets` holds when they fill more than one page.' })
  datasetCount!: number;
}

@ObjectType({ description: 'Lineage across domains through the mappings of the polysemes a dataset carries.' })
export class PolysemeLineage {
  @Field(() => [PolysemeLineageHop], { description: 'The hops, nearest first.' })
  hops!: PolysemeLineageHop[];

  @Field(() => Boolean, { description: 'True when the depth cap cut the walk: there is more beyond.' })
  isPartial!: boolean;
}

@ObjectType({ description: 'The same word defined independently in several domains\' glossaries without a polyseme: a polyseme nobody modelled.' })
export class UnmodeledPolyseme {
  @Field(() => String, { description: 'The shared word.' })
  label!: string;

  @Field(() => [GlossaryTerm], { description: 'The terms that use it (by name or synonym), from two or more domains.' })
  terms!: GlossaryTerm[];
}

@InputType({ description: 'A new polyseme (council and admins).' })
export class CreatePolysemeInput {
  @Field(() => String, { description: 'The shared word (1–200 characters), unique among polysemes regardless of case.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'What it covers (markdown).' })
  description?: string | null;

  @Field(() => [ID], { description: 'Its senses: terms of domain glossaries, one per domain (at most 50).' })
  senseUrns!: string[];

  @Field(() => PolysemeStatus, { defaultValue: PolysemeStatus.DRAFT, description: 'DRAFT (proposed) or APPROVED.' })
  polysemeStatus!: PolysemeStatus;

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail.' })
  comment?: string | null;
}

@InputType({ description: 'Changes to a polyseme\'s global part; the fields left out stay.' })
export class UpdatePolysemeInput {
  @Field(() => ID, { description: 'The polyseme.' })
  urn!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'A new label.' })
  label?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description.' })
  description?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The full list of senses (mappings of senses dropped go with them).' })
  senseUrns?: string[] | null;

  @Field(() => PolysemeStatus, { nullable: true, description: 'A new status.' })
  polysemeStatus?: PolysemeStatus | null;

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail.' })
  comment?: string | null;
}

@InputType({ description: 'A mapping between two senses of a polyseme (council and admins). Replaces any mapping between the same two senses.' })
export class SetSenseMappingInput {
  @Field(() => ID, { description: 'The polyseme.' })
  urn!: string;

  @Field(() => Int, { description: 'The polyseme `version` you read.' })
  expectedVersion!: number;

  @Field(() => ID, { description: 'The sense it is stated from.' })
  fromUrn!: string;

  @Field(() => ID, { description: 'The sense it is stated to.' })
  toUrn!: string;

  @Field(() => MappingKind, { description: 'How `from` relates to `to`.' })
  kind!: MappingKind;

  @Field(() => String, {
    description:
      'The correlation rule: `<dataset>.<column> = <dataset>.<column>`, several joined by AND; in each condition the left column is an active column of a dataset of the `from` sense\'s domain, the right one of the `to` sense\'s (a missing one is refused, naming the condition).',
  })
  rule!: string;

  @Field(() => [String], { description: 'Who agreed to it (usernames, at most 50): each an enabled account, or the mapping is refused naming it.' })
  agreedBy!: string[];

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail.' })
  comment?: string | null;
}

@InputType({ description: 'The mapping to remove between two senses.' })
export class RemoveSenseMappingInput {
  @Field(() => ID, { description: 'The polyseme.' })
  urn!: string;

  @Field(() => Int, { description: 'The polyseme `version` you read.' })
  expectedVersion!: number;

  @Field(() => ID, { description: 'One sense.' })
  fromUrn!: string;

  @Field(() => ID, { description: 'The other sense.' })
  toUrn!: string;

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail.' })
  comment?: string | null;
}

@InputType({ description: 'The columns that identify an instance of a sense, in its own domain (its domain owners, stewards, admins).' })
export class SetIdentityFieldsInput {
  @Field(() => ID, { description: 'The sense (a domain term).' })
  urn!: string;

  @Field(() => Int, { description: 'The term `version` you read.' })
  expectedVersion!: number;

  @Field(() => [ID], { description: 'The full list of columns you see (at most 50), all in the term\'s domain; its columns you may not see (a private domain\'s you are not a member of, or masked) are kept.' })
  fieldUrns!: string[];

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail.' })
  comment?: string | null;
}

@InputType({ description: 'Turns an unmodeled-polyseme finding into a DRAFT polyseme with the finding\'s terms as senses.' })
export class ProposePolysemeInput {
  @Field(() => String, { description: 'The finding\'s shared word (its `label`).' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail.' })
  comment?: string | null;
}

@InputType({ description: 'Where to start a lineage walk across domains.' })
export class PolysemeLineageInput {
  @Field(() => ID, { description: 'The dataset.' })
  datasetUrn!: string;

  @Field(() => Int, { defaultValue: 3, description: 'At most this many mapping hops (1–10).' })
  maxDepth!: number;

  @Field(() => Int, { defaultValue: 50, description: `At most this many of the datasets carrying each sense reached (1–${MAX_DATASETS_PER_HOP}): a sense such as a customer may be carried by thousands.` })
  datasetsPerHop!: number;
}
