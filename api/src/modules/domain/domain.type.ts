import { Field, Int, ObjectType } from 'type-graphql';
import { Owner } from '../edits/editable.type.ts';
import { Entity, EntityType } from '../entity/entity.type.ts';

@ObjectType({ implements: Entity, description: 'A business domain that owns its data and data products.' })
export class Domain extends Entity {
  declare type: EntityType.DOMAIN;

  @Field(() => String, { description: 'Short id used in URNs and polder.yaml, e.g. `rentals`.' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the domain is responsible for.' })
  description?: string | null;

  @Field(() => Int, { description: 'How many edits it has had through the API; pass it as `expectedVersion` when you edit it.' })
  version!: number;

  @Field(() => [Owner], { description: 'Who answers for it: the owners a person set, else those its source declares.' })
  owners!: Owner[];
}
