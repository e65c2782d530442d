import 'reflect-metadata';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SuggestionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(SuggestionStatus, {
  name: 'SuggestionStatus',
  description: 'Where a term suggestion stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for a steward.' },
    ACCEPTED: { description: 'Accepted: the column carries the term.' },
    REJECTED: { description: 'Rejected: remembered, never suggested again.' },
  },
});

@ObjectType({ description: 'A glossary term a rule proposes for a column (by its name, a synonym, an acronym or a column pattern).' })
export class TermSuggestion {
  @Field(() => ID, { description: '`urn:polder:suggestion:(<column urn>,<term urn>)`.' })
  urn!: string;

  @Field(() => String, { description: 'Why the rule proposes it.' })
  reason!: string;

  @Field(() => SuggestionStatus, { description: 'Pending, accepted or rejected.' })
  suggestionStatus!: SuggestionStatus;

  @Field(() => String, { nullable: true, description: 'Who decided (username).' })
  decidedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'When it was decided (ISO 8601).' })
  decidedAt?: string | null;

  @Field(() => String, { description: 'When the rule proposed it (ISO 8601).' })
  createdAt!: string;

  fieldUrn!: string;
  termUrn!: string;
}

@InputType({ description: 'Which columns to run the suggestion rules over.' })
export class RunTermSuggestionRulesInput {
  @Field(() => [ID], { nullable: true, description: 'Only the columns of these datasets (at most 500); all columns when left out.' })
  datasetUrns?: string[] | null;
}

@ObjectType({ description: 'What a run of the suggestion rules proposed.' })
export class TermSuggestionRun {
  @Field(() => Int, { description: 'New suggestions (those made before, including rejected ones, are not made again).' })
  created!: number;
}

@InputType({ description: 'Which suggestions to list.' })
export class TermSuggestionsInput {
  @Field(() => SuggestionStatus, { defaultValue: SuggestionStatus.PENDING, description: 'Their status.' })
  status!: SuggestionStatus;

  @Field(() => Int, { defaultValue: 100, description: 'At most this many, oldest first (1–500).' })
  limit!: number;
}

@InputType({ description: 'A steward\'s decision on a suggestion.' })
export class DecideTermSuggestionInput {
  @Field(() => ID, { description: 'The suggestion.' })
  urn!: string;

  @Field(() => Boolean, { description: 'True accepts it (the column then carries the term; only while the term is APPROVED); false rejects it for good.' })
  accept!: boolean;

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail.' })
  comment?: string | null;
}
