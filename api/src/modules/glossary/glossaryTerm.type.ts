import 'reflect-metadata';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, EntityType } from '../entity/entity.type.ts';

export enum TermStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DEPRECATED = 'DEPRECATED',
}
registerEnumType(TermStatus, {
  name: 'TermStatus',
  description: 'Where a term is in its lifecycle: DRAFT → IN_REVIEW → APPROVED | REJECTED; APPROVED → DEPRECATED.',
  valuesConfig: {
    DRAFT: { description: 'Being written; editable.' },
    IN_REVIEW: { description: 'Submitted: its reviewers approve or reject it; frozen meanwhile.' },
    APPROVED: { description: 'Approved by a reviewer: the agreed meaning. An edit of what it says sends it back to IN_REVIEW.' },
    REJECTED: { description: 'Rejected by a reviewer; back to DRAFT to rework it.' },
    DEPRECATED: { description: 'No longer to be used: see its replacement (replacedBy).' },
  },
});

export enum TermRelationKind {
  IS_A = 'IS_A',
  HAS_A = 'HAS_A',
  RELATED_TO = 'RELATED_TO',
  REPLACED_BY = 'REPLACED_BY',
  ANTONYM = 'ANTONYM',
  SEE_ALSO = 'SEE_ALSO',
}
registerEnumType(TermRelationKind, {
  name: 'TermRelationKind',
  description: 'A typed relation between two terms, stored once and readable from both ends.',
  valuesConfig: {
    IS_A: { description: 'The term is a kind of the other (read back: hasKinds). Cycles are refused.' },
    HAS_A: { description: 'The term has the other as a part (read back: partOf).' },
    RELATED_TO: { description: 'Symmetric: the terms are related.' },
    REPLACED_BY: { description: 'The (deprecated) term is replaced by the other (read back: replaces).' },
    ANTONYM: { description: 'Symmetric: the terms mean the opposite.' },
    SEE_ALSO: { description: 'A reader of the term may want the other too (read back: seenFrom).' },
  },
});

export enum RelationProvenance {
  MANUAL = 'MANUAL',
  IMPORTED = 'IMPORTED',
  INFERRED = 'INFERRED',
}
registerEnumType(RelationProvenance, {
  name: 'RelationProvenance',
  description: 'Where a relation between terms comes from.',
  valuesConfig: {
    MANUAL: { description: 'A person added it.' },
    IMPORTED: { description: 'An import brought it (e.g. DataHub inherits/contains).' },
    INFERRED: { description: 'A rule inferred it.' },
  },
});

export enum RelationStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  DEPRECATED = 'DEPRECATED',
}
registerEnumType(RelationStatus, {
  name: 'RelationStatus',
  description: 'The status of a relation between terms, independent of the terms\' own.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed, not yet agreed.' },
    ACTIVE: { description: 'In force.' },
    DEPRECATED: { description: 'No longer in force; kept for history.' },
  },
});

@ObjectType({ implements: Entity, description: 'A business term of a glossary; domain-scoped when it is one sense of a polyseme.' })
export class GlossaryTerm extends Entity {
  declare type: EntityType.GLOSSARY_TERM;

  @Field(() => String, { description: 'The term, e.g. "Customer"; unique (case-insensitively) in its glossary. Renaming keeps the URN.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it means (markdown).' })
  definition?: string | null;

  @Field(() => TermStatus, { description: 'Where the term is in its lifecycle.' })
  termStatus!: TermStatus;

  /** Raw properties, exposed through GlossaryTermResolver with defaults for terms written before the glossary existed. */
  glossary?: string;
  version?: number;
  synonyms?: string[];
  acronyms?: string[];
  examples?: string[];
  owners?: string[];
  reviewers?: string[];
  classifications?: string[];
  columnPatterns?: string[];
  linksJson?: string;
  customPropertiesJson?: string;
  reviewRequestedBy?: string | null;
}

@ObjectType({ description: 'A link to an authoritative source of a term\'s meaning.' })
export class TermLink {
  @Field(() => String, { description: 'What the link is, e.g. "FIBO: Account".' })
  label!: string;

  @Field(() => String, { description: 'The address.' })
  url!: string;
}

@ObjectType({ description: 'A custom property of a term: one key and its value.' })
export class CustomProperty {
  @Field(() => String, { description: 'The key.' })
  key!: string;

  @Field(() => String, { description: 'The value.' })
  value!: string;
}

@ObjectType({ description: 'A relation of a term to another, seen from this term: `name` says which way it reads (isA or hasKinds, replacedBy or replaces, ...).' })
export class TermRelation {
  @Field(() => TermRelationKind, { description: 'The kind of relation as stored.' })
  kind!: TermRelationKind;

  @Field(() => String, { description: 'How it reads from this term: isA, hasKinds, hasA, partOf, relatedTo, replacedBy, replaces, antonyms, seeAlso, seenFrom.' })
  name!: string;

  @Field(() => Boolean, { description: 'True when stored from this term to the other (this term isA the other); false when read back.' })
  outgoing!: boolean;

  @Field(() => GlossaryTerm, { description: 'The other term.' })
  term!: GlossaryTerm;

  @Field(() => RelationProvenance, { description: 'Where the relation comes from.' })
  provenance!: RelationProvenance;

  @Field(() => RelationStatus, { description: 'The relation\'s own status.' })
  relationStatus!: RelationStatus;
}

@ObjectType({ description: 'One field that changed in a version of a term.' })
export class FieldDiff {
  @Field(() => String, { description: 'The field, e.g. `definition`.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'Its value before, as JSON; null when it had none.' })
  before?: string | null;

  @Field(() => String, { nullable: true, description: 'Its value after, as JSON; null when it has none.' })
  after?: string | null;
}

@ObjectType({ description: 'One version of a term: who made it, when, why, and what changed.' })
export class TermVersion {
  @Field(() => Int, { description: 'The version this change produced.' })
  version!: number;

  @Field(() => String, { description: 'When (ISO 8601, UTC).' })
  at!: string;

  @Field(() => String, { description: 'The username of who made it.' })
  actor!: string;

  @Field(() => String, { description: 'What was done, e.g. `updateGlossaryTerm`, `approveGlossaryTerm`, `importGlossary`.' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Why, in their words.' })
  comment?: string | null;

  @Field(() => [FieldDiff], { description: 'The fields that changed, by name.' })
  diff!: FieldDiff[];
}

@ObjectType({ description: 'A glossary: the enterprise glossary (governed centrally) or one domain\'s.' })
export class Glossary {
  @Field(() => ID, { description: '`enterprise`, or the id of the domain whose glossary it is.' })
  id!: string;

  @Field(() => String, { description: 'Display name, e.g. "Enterprise glossary" or "rentals glossary".' })
  name!: string;

  @Field(() => Int, { description: 'How many terms it holds.' })
  termCount!: number;

  /** The domain id, or null for the enterprise glossary. */
  domainId!: string | null;
}

@InputType({ description: 'A link to an authoritative source.' })
export class TermLinkInput {
  @Field(() => String, { description: 'What the link is (1–200 characters).' })
  label!: string;

  @Field(() => String, { description: 'An http(s) address (at most 2,000 characters).' })
  url!: string;
}

@InputType({ description: 'A custom property.' })
export class CustomPropertyInput {
  @Field(() => String, { description: 'The key (1–100 characters); keys are unique per term.' })
  key!: string;

  @Field(() => String, { description: 'The value (at most 2,000 characters).' })
  value!: string;
}

@InputType({ description: 'A new term.' })
export class CreateGlossaryTermInput {
  @Field(() => ID, { description: '`enterprise`, or the id of a domain (its glossary).' })
  glossary!: string;

  @Field(() => String, { description: 'The term (1–200 characters), unique in the glossary regardless of case.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it means (markdown, at most 10,000 characters).' })
  definition?: string | null;

  @Field(() => ID, { nullable: true, description: 'The parent term (term group), in the same glossary.' })
  parentUrn?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other words for it (at most 50); compared ignoring case: two spellings of one, or its own name, are refused.' })
  synonyms?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Its acronyms, e.g. "CLV" (at most 50); compared ignoring case: two spellings of one, or its own name, are refused.' })
  acronyms?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Examples (at most 50, each at most 1,000 characters), compared as written: case may matter in an example.' })
  examples?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Usernames of its owners (at most 50); compared ignoring case: two spellings of one are refused. One written as a person or team URN must be one the directory lists.' })
  owners?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Usernames of those who approve or reject it (at most 50): each an enabled account, or the term is refused naming it.' })
  reviewers?: string[] | null;

  @Field(() => [TermLinkInput], { nullable: true, description: 'Links to authoritative sources (at most 50).' })
  links?: TermLinkInput[] | null;

  @Field(() => [CustomPropertyInput], { nullable: true, description: 'Custom properties (at most 50).' })
  customProperties?: CustomPropertyInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Classifications (e.g. PII) that every column carrying the term inherits.' })
  classifications?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Column-name patterns (`*`, `?` wildcards, case-insensitive) for which the term is suggested, e.g. `*_email`; two spellings of one are refused.' })
  columnPatterns?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail.' })
  comment?: string | null;
}

@InputType({ description: 'Changes to a term: only the fields given change; a null parentUrn removes the parent. Refused while the term is IN_REVIEW or DEPRECATED.' })
export class UpdateGlossaryTermInput {
  @Field(() => ID, { description: 'The term.' })
  urn!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'A new name (the URN stays).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new definition (markdown); null removes it.' })
  definition?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new parent in the same glossary; null removes it. A cycle is refused.' })
  parentUrn?: string | null;

  @Field(() => [String], { nullable: true, description: 'The full list of synonyms; two spellings of one (ignoring case), or the term\'s own name, are refused.' })
  synonyms?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The full list of acronyms; two spellings of one (ignoring case), or the term\'s own name, are refused.' })
  acronyms?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The full list of examples.' })
  examples?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The full list of owners (usernames); two spellings of one (ignoring case) are refused, and so is a person or team URN the directory does not list (unless the term had it).' })
  owners?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The full list of reviewers (usernames); each one added must be an enabled account, or the edit is refused naming it.' })
  reviewers?: string[] | null;

  @Field(() => [TermLinkInput], { nullable: true, description: 'The full list of links.' })
  links?: TermLinkInput[] | null;

  @Field(() => [CustomPropertyInput], { nullable: true, description: 'The full list of custom properties.' })
  customProperties?: CustomPropertyInput[] | null;

  @Field(() => [String], { nullable: true, description: 'The full list of classifications inherited by the columns carrying the term.' })
  classifications?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The full list of column-name patterns for which the term is suggested; two spellings of one (ignoring case) are refused.' })
  columnPatterns?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail.' })
  comment?: string | null;
}

@InputType({ description: 'A move in the term\'s lifecycle (submit, withdraw, approve, reject, rework, deprecate).' })
export class ChangeGlossaryTermStatusInput {
  @Field(() => ID, { description: 'The term.' })
  urn!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => TermStatus, { description: 'The status to move to.' })
  status!: TermStatus;

  @Field(() => String, { description: 'Why: required for every move, kept in the audit trail.' })
  comment!: string;

  @Field(() => ID, { nullable: true, description: 'With DEPRECATED: the term that replaces it (a REPLACED_BY relation is created).' })
  replacementUrn?: string | null;
}

@InputType({ description: 'A typed relation from one term to another.' })
export class GlossaryTermRelationInput {
  @Field(() => ID, { description: 'The term the relation starts from (its version is checked and bumped).' })
  urn!: string;

  @Field(() => Int, { description: 'The `version` of that term you read.' })
  expectedVersion!: number;

  @Field(() => TermRelationKind, { description: 'The kind of relation.' })
  kind!: TermRelationKind;

  @Field(() => ID, { description: 'The other term (any glossary).' })
  targetUrn!: string;

  @Field(() => RelationProvenance, { defaultValue: RelationProvenance.MANUAL, description: 'Where it comes from (when adding).' })
  provenance!: RelationProvenance;

  @Field(() => RelationStatus, { defaultValue: RelationStatus.ACTIVE, description: 'Its status (when adding; adding an existing relation again sets its status).' })
  relationStatus!: RelationStatus;

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail.' })
  comment?: string | null;
}
