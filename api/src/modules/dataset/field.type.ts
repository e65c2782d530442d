import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, EntityType } from '../entity/entity.type.ts';

@ObjectType('Field', { implements: Entity, description: 'A column of a dataset.' })
export class SchemaField extends Entity {
  declare type: EntityType.FIELD;

  @Field(() => String, { description: 'Column name.' })
  name!: string;

  @Field(() => Int, { description: '1-based position in the dataset.' })
  position!: number;

  @Field(() => String, { nullable: true, description: 'Type as the store names it, e.g. `character varying(45)`; null when the source does not say (a dbt column without catalog.json).' })
  dataType?: string | null;

  @Field(() => Boolean, { description: 'Whether the column accepts NULL.' })
  nullable!: boolean;

  @Field(() => String, { nullable: true, description: 'Description: the one a person wrote, else the one the source has.' })
  description?: string | null;

  @Field(() => Boolean, { description: 'Part of the primary key.' })
  isPrimaryKey!: boolean;

  @Field(() => Int, { description: 'How many edits it has had through the API; pass it as `expectedVersion` when you edit it.' })
  version!: number;

  @Field(() => [String], { description: 'Tags: those a person set, else those its source declares.' })
  tags!: string[];

  /** Classifications a person set; exposed through a masking resolver. */
  editable_classifications?: string[] | null;

  /** URN of the dataset that holds it; not exposed. */
  datasetUrn!: string;
}
