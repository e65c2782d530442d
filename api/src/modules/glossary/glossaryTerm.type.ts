import { Field, ObjectType } from 'type-graphql';
import { Entity, EntityType } from '../entity/entity.type.ts';

@ObjectType({ implements: Entity, description: 'A business term of a glossary; domain-scoped when it is one sense of a polyseme.' })
export class GlossaryTerm extends Entity {
  declare type: EntityType.GLOSSARY_TERM;

  @Field(() => String, { description: 'The term, e.g. "Customer".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it means (markdown).' })
  definition?: string | null;

  @Field(() => String, { description: 'DRAFT, IN_REVIEW, APPROVED, REJECTED or DEPRECATED.' })
  termStatus!: string;
}
