import { Field, Int, ObjectType } from 'type-graphql';
import { Certification, Owner } from '../edits/editable.type.ts';
import { Entity, EntityType } from '../entity/entity.type.ts';

@ObjectType({ implements: Entity, description: 'A data product a domain publishes (from a data contract), exposing datasets as output ports.' })
export class DataProduct extends Entity {
  declare type: EntityType.DATA_PRODUCT;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its purpose.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is meant to be used for, as its contract says (ODCS `description.usage`).' })
  usage?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is not fit for, as its contract says (ODCS `description.limitations`).' })
  limitations?: string | null;

  @Field(() => String, { nullable: true, description: 'The team that answers for it, as its contract names it; its current members are the declared `owners`.' })
  team?: string | null;

  @Field(() => [Owner], { description: 'Who answers for it: the owners a person set, else those its source declares.' })
  owners!: Owner[];

  @Field(() => String, {
    nullable: true,
    description: 'The status its data contract gives it, as the contract writes it (ODCS: proposed, draft, active, deprecated, retired); null when no contract declares it.',
  })
  contractStatus?: string | null;

  @Field(() => String, { nullable: true, description: 'The version of its data contract, e.g. `2.1.0`; null when no contract declares it.' })
  contractVersion?: string | null;

  @Field(() => Int, { description: 'How many edits it has had through the API; pass it as `expectedVersion` when you edit it.' })
  version!: number;

  @Field(() => [String], { description: 'Tags: those a person set, else those its source declares.' })
  tags!: string[];

  @Field(() => Certification, { nullable: true, description: 'Its certification as fit for use, if an owner gave one (see `active` for expiry).' })
  certification?: Certification | null;
}
