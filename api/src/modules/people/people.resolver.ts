/** People and teams over GraphQL: thin resolvers over the people loaders. */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { checkUrnOf } from '../edits/editInputRules.ts';
import { Owner } from '../edits/editable.type.ts';
import { EntityType } from '../entity/entity.type.ts';
import { OWNED_TYPES, type Page } from './people.service.ts';
import { NAMED_PERSON_DESCRIPTION, NAMED_TEAM_DESCRIPTION, OwnedAssets, Person, Team } from './person.type.ts';
import { checkPage, limitArgument, OFFSET_ARGUMENT } from '../../limits/pageArguments.ts';

/** The largest page of `owns`, `teams` and `members`. */
export const MAX_PAGE = 200;
const DEFAULT_PAGE = 50;


function checkOwnedTypes(types: EntityType[] | null | undefined): EntityType[] {
  if (types === null || types === undefined) return [...OWNED_TYPES];
  const wrong = types.filter((type) => !(OWNED_TYPES as readonly EntityType[]).includes(type));
  if (types.length === 0 || wrong.length > 0) {
    throw apiError('BAD_USER_INPUT', `types: ${wrong.length > 0 ? `${[...new Set(wrong)].join(', ')} cannot be owned; ` : ''}name one or more of ${OWNED_TYPES.join(', ')}`, { argument: 'types' });
  }
  return OWNED_TYPES.filter((type) => types.includes(type));
}

const LIMIT_ARG = limitArgument(DEFAULT_PAGE, MAX_PAGE);
const TYPES_ARG = { nullable: true, description: `Which kinds of asset (${OWNED_TYPES.join(', ')}); all of them when absent.` };

async function owns(ctx: ApiContext, urn: string, types: EntityType[] | null | undefined, limit: number, offset: number): Promise<OwnedAssets> {
  const page = await ctx.peopleLoaders.ownedBy.load({ urn, types: checkOwnedTypes(types), ...checkPage(limit, offset, MAX_PAGE) });
  return { total: page.total, assets: page.items };
}

const items = <T>(page: Promise<Page<T>>): Promise<T[]> => page.then(({ items: list }) => list);
const total = (page: Promise<Page<unknown>>): Promise<number> => page.then(({ total: count }) => count);

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by URN; null when there is none.' })
  async person(@Arg('urn', () => ID, { description: 'A person URN, e.g. urn:polder:person:ana.' }) urn: string, @Ctx() ctx: ApiContext): Promise<Person | null> {
    const entity = await ctx.loaders.entityByUrn.load(checkUrnOf(urn, 'urn', 'person'));
    return entity?.type === EntityType.PERSON ? (entity as Person) : null;
  }

  @FieldResolver(() => [Team], { description: `The teams they belong to, by name (one page: see teamCount).` })
  teams(
    @Root() person: Person,
    @Arg('limit', () => Int, LIMIT_ARG) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
    @Ctx() ctx: ApiContext,
  ): Promise<Team[]> {
    return items(ctx.peopleLoaders.teamsOf.load({ urn: person.urn, ...checkPage(limit, offset, MAX_PAGE) }));
  }

  @FieldResolver(() => Int, { description: 'How many teams they belong to.' })
  teamCount(@Root() person: Person, @Ctx() ctx: ApiContext): Promise<number> {
    return total(ctx.peopleLoaders.teamsOf.load({ urn: person.urn, limit: 0, offset: 0 }));
  }

  @FieldResolver(() => OwnedAssets, { description: 'The active assets they answer for: owner entries that name them (see Owner.person) and OWNED_BY edges. One page, with the total.' })
  owns(
    @Root() person: Person,
    @Arg('types', () => [EntityType], TYPES_ARG) types: EntityType[] | null,
    @Arg('limit', () => Int, LIMIT_ARG) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
    @Ctx() ctx: ApiContext,
  ): Promise<OwnedAssets> {
    return owns(ctx, person.urn, types, limit, offset);
  }
}

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => Team, { nullable: true, description: 'A team by URN; null when there is none.' })
  async team(@Arg('urn', () => ID, { description: 'A team URN, e.g. urn:polder:team:erp.' }) urn: string, @Ctx() ctx: ApiContext): Promise<Team | null> {
    const entity = await ctx.loaders.entityByUrn.load(checkUrnOf(urn, 'urn', 'team'));
    return entity?.type === EntityType.TEAM ? (entity as Team) : null;
  }

  @FieldResolver(() => [Person], { description: 'Its members, by name (one page: see memberCount).' })
  members(
    @Root() team: Team,
    @Arg('limit', () => Int, LIMIT_ARG) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
    @Ctx() ctx: ApiContext,
  ): Promise<Person[]> {
    return items(ctx.peopleLoaders.membersOf.load({ urn: team.urn, ...checkPage(limit, offset, MAX_PAGE) }));
  }

  @FieldResolver(() => Int, { description: 'How many members it has.' })
  memberCount(@Root() team: Team, @Ctx() ctx: ApiContext): Promise<number> {
    return total(ctx.peopleLoaders.membersOf.load({ urn: team.urn, limit: 0, offset: 0 }));
  }

  @FieldResolver(() => OwnedAssets, { description: 'The active assets the team answers for: owner entries that name it (see Owner.team) and OWNED_BY edges. One page, with the total.' })
  owns(
    @Root() team: Team,
    @Arg('types', () => [EntityType], TYPES_ARG) types: EntityType[] | null,
    @Arg('limit', () => Int, LIMIT_ARG) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
    @Ctx() ctx: ApiContext,
  ): Promise<OwnedAssets> {
    return owns(ctx, team.urn, types, limit, offset);
  }
}

@Resolver(() => Owner)
export class OwnerIdentityResolver {
  @FieldResolver(() => Person, { nullable: true, description: NAMED_PERSON_DESCRIPTION })
  async person(@Root() owner: Owner, @Ctx() ctx: ApiContext): Promise<Person | null> {
    return (await ctx.peopleLoaders.identityOf.load(owner.name)).person;
  }

  @FieldResolver(() => Team, { nullable: true, description: NAMED_TEAM_DESCRIPTION })
  async team(@Root() owner: Owner, @Ctx() ctx: ApiContext): Promise<Team | null> {
    return (await ctx.peopleLoaders.identityOf.load(owner.name)).team;
  }
}
