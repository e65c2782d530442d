import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, EntityType } from '../entity/entity.type.ts';

@ObjectType({
  implements: Entity,
  description:
    'A person who answers for assets. URN: `urn:polder:person:<id>`. An owner entry (`Owner`) names its person by id, e-mail or display name (see `Owner.person`).',
})
export class Person extends Entity {
  declare type: EntityType.PERSON;

  @Field(() => String, { description: 'Short id, as in the URN (a username in most directories).' })
  id!: string;

  @Field(() => String, { description: 'Display name; the id when the directory gave none.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address, when known.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title, as the directory gives it.' })
  title?: string | null;

  @Field(() => String, { description: 'ACTIVE, or REMOVED when the directory no longer lists them: then they are nobody\'s member or owner.' })
  status!: string;

  /** Raw property, exposed as `name`. */
  displayName?: string | null;
}

@ObjectType({
  implements: Entity,
  description: 'A team of people that answers for assets. URN: `urn:polder:team:<id>`. An owner entry names its team by id, name or e-mail (see `Owner.team`).',
})
export class Team extends Entity {
  declare type: EntityType.TEAM;

  @Field(() => String, { description: 'Short id, as in the URN.' })
  id!: string;

  @Field(() => String, { description: 'Display name; the id when the directory gave none.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The team\'s e-mail address, when known.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'What the team does, as the directory describes it.' })
  description?: string | null;

  @Field(() => String, { description: 'ACTIVE, or REMOVED when the directory no longer lists it: then it has no members and owns nothing.' })
  status!: string;
}

/** What an owner entry's `person` and `team` are, for every type that has them (`Owner`, `TermOwner`): one rule, said once. */
export const NAMED_PERSON_DESCRIPTION =
  'The person this entry names: the one person whose id, e-mail or display name is the entry (its e-mail, for `Name <email>`), ignoring case. Null when nobody or more than one person fits.';
export const NAMED_TEAM_DESCRIPTION = 'The team this entry names, by the same rule as `person` (id, e-mail or name). Null when no team or more than one fits.';

@ObjectType({ description: 'One page of the assets a person or team answers for, and how many there are in all.' })
export class OwnedAssets {
  @Field(() => Int, { description: 'How many active assets of the kinds asked for they answer for, in all pages.' })
  total!: number;

  @Field(() => [Entity], { description: 'This page: domains, then data products, then datasets, then glossary terms, each kind by name.' })
  assets!: Entity[];
}
