import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One run of a crawler over a source.' })
export class CrawlRun {
  @Field(() => ID, { description: 'Run id.' })
  id!: string;

  @Field(() => String, { description: 'RUNNING, SUCCEEDED or FAILED.' })
  status!: string;

  @Field(() => String, { description: 'When the run started (ISO 8601).' })
  startedAt!: string;

  @Field(() => String, { nullable: true, description: 'When the run ended (ISO 8601); null while running.' })
  endedAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'Nodes the source reported.' })
  read?: number | null;

  @Field(() => Int, { nullable: true, description: 'Assets created by the run.' })
  created?: number | null;

  @Field(() => Int, { nullable: true, description: 'Assets whose crawled properties changed.' })
  updated?: number | null;

  @Field(() => Int, { nullable: true, description: 'Assets marked removed because the source no longer has them.' })
  removed?: number | null;

  @Field(() => [String], {
    description: "What the run could not read or resolve, asset by asset. To admins and the owners of the source's domain; others get how many there were.",
  })
  warnings!: string[];

  @Field(() => String, {
    nullable: true,
    description: "Why the run failed (it names the store's host, database and user); null when it did not. To admins and the owners of the source's domain; others are told that it failed.",
  })
  error?: string | null;
}
