import { Field, ObjectType } from 'type-graphql';
import { Entity, EntityType } from '../entity/entity.type.ts';

@ObjectType({ implements: Entity, description: 'A process that reads and writes datasets, as OpenLineage reports it.' })
export class Job extends Entity {
  declare type: EntityType.JOB;

  @Field(() => String, { description: 'OpenLineage namespace, e.g. the scheduler that runs it.' })
  namespace!: string;

  @Field(() => String, { description: 'Name within its namespace.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it does.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The SQL it runs, when the producer reports it.' })
  sql?: string | null;
}
