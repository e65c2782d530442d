import { Field, ObjectType } from 'type-graphql';
import { Entity, EntityType } from '../entity/entity.type.ts';

@ObjectType({ implements: Entity, description: 'A data product a domain publishes (from a data contract), exposing datasets as output ports.' })
export class DataProduct extends Entity {
  declare type: EntityType.DATA_PRODUCT;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its purpose.' })
  description?: string | null;

  @Field(() => [String], { description: 'Who answers for it.' })
  owners!: string[];
}
