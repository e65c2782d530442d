import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';
import { NAMED_PERSON_DESCRIPTION, NAMED_TEAM_DESCRIPTION, Person, Team } from '../people/person.type.ts';

/**
 * A term's owner entry. Not an `Owner`: a term's owners are one list of names written through Polder (an
 * edit or an import), with no ownership type and never a crawled source's, so `Owner.type` and
 * `Owner.edited` would only invent values. `person` and `team` are `Owner`'s, found by the same loader
 * (people.loaders.ts identityOf) and so by the same rule (ownership.ts).
 */
@ObjectType({ description: 'One of a glossary term\'s owners (an entry of `GlossaryTerm.owners`), with the person or team of the directory it names.' })
export class TermOwner {
  @Field(() => String, { description: 'As written in `owners`: a username, a person or team name, an e-mail address, or a person or team URN.' })
  name!: string;

  @Field(() => Person, { nullable: true, description: NAMED_PERSON_DESCRIPTION })
  person!: Person | null;

  @Field(() => Team, { nullable: true, description: NAMED_TEAM_DESCRIPTION })
  team!: Team | null;
}
