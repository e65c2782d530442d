import { Field, ID, Int, ObjectType, InputType } from 'type-graphql';

@ObjectType({ description: 'An audit entry: who changed what on an entity, when, from what to what.' })
export class Change {
  @Field(() => ID, { description: 'The entry URN, `urn:polder:change:<uuid>`.' })
  urn!: string;

  @Field(() => String, { description: 'When the change was committed (ISO 8601, UTC).' })
  at!: string;

  @Field(() => String, { description: 'The username of the account that made it.' })
  actor!: string;

  @Field(() => String, { description: 'What was done: the mutation name, e.g. `updateDescription`.' })
  action!: string;

  /** The edited values before, as a JSON object: resolved by ChangeFieldsResolver, which masks sensitive values. */
  before!: string;

  /** The edited values after, as a JSON object (as `before`). */
  after!: string;

  @Field(() => Int, { description: 'The entity version this change produced.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Why, in the words of the person who made it.' })
  comment?: string | null;

  /** The URN of the entity it is about (not in the schema: the caller asked by it). */
  about!: string;
}

@InputType({ description: 'Which entity\'s history to read.' })
export class ChangesInput {
  @Field(() => ID, { description: 'The entity URN.' })
  urn!: string;

  @Field(() => Int, { defaultValue: 50, description: 'At most this many entries, newest first (1–200).' })
  limit!: number;
}
