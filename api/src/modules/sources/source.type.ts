import { Field, ObjectType } from 'type-graphql';
import { Entity, EntityType } from '../entity/entity.type.ts';

@ObjectType({ implements: Entity, description: 'A store that Polder crawls.' })
export class Source extends Entity {
  declare type: EntityType.SOURCE;

  @Field(() => String, { description: 'Id from polder.yaml, e.g. `rentals-db`.' })
  id!: string;

  @Field(() => String, { description: 'Crawler kind: postgres, mysql, sqlite, dbt, openlineage, contract.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Its cron schedule from polder.yaml, e.g. `*/30 * * * *`; null when it is crawled only on demand.' })
  schedule?: string | null;

  @Field(() => String, { nullable: true, description: 'When the last crawl ended (ISO 8601).' })
  lastRunAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Outcome of the last crawl: SUCCEEDED or FAILED.' })
  lastRunStatus?: string | null;
}
