import { Field, ID, ObjectType } from 'type-graphql';
import { Job } from './job.type.ts';

@ObjectType({ description: 'A run, as OpenLineage reports it, of a job that writes or reads a dataset.' })
export class DatasetRun {
  @Field(() => ID, { description: 'The run\'s URN: urn:polder:run:<runId>.' })
  urn!: string;

  @Field(() => String, { description: 'The OpenLineage run id.' })
  runId!: string;

  @Field(() => String, { description: 'Its latest state: START, RUNNING, COMPLETE, FAIL, ABORT, or OTHER when no event said.' })
  state!: string;

  @Field(() => String, { nullable: true, description: 'When it started (ISO 8601), from its START event.' })
  startedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'When it ended (ISO 8601), from its COMPLETE, FAIL or ABORT event.' })
  endedAt?: string | null;

  @Field(() => Job, { description: 'The job it ran.' })
  job!: Job;

  @Field(() => Boolean, { description: 'Whether its job writes the dataset (the dataset is an output).' })
  isOutput!: boolean;

  @Field(() => Boolean, { description: 'Whether its job reads the dataset (the dataset is an input).' })
  isInput!: boolean;
}
