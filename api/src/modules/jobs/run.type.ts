import { Field, ID, ObjectType } from 'type-graphql';
import { Job } from './job.type.ts';

@ObjectType({ description: 'One execution of a job, as OpenLineage reports it.' })
export class Run {
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
}

@ObjectType({ description: 'A run of a job that writes or reads a dataset, and which of the two.' })
export class DatasetRun extends Run {
  @Field(() => Boolean, { description: 'Whether its job writes the dataset (the dataset is an output).' })
  isOutput!: boolean;

  @Field(() => Boolean, { description: 'Whether its job reads the dataset (the dataset is an input).' })
  isInput!: boolean;
}
