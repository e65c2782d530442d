/**
 * Reads people and teams: their memberships, what they own, and which person or
 * team an owner entry names. Only active people and teams count: one its directory
 * no longer lists (REMOVED) keeps its node for history, and its MEMBER_OF edges as
 * they were (the writer keeps a removed node's edges), but is nobody's member or
 * owner any more. Every method takes a whole batch of keys and sends
 * one query, so the loaders cost one query per kind of neighbour per GraphQL level.
 */
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { EntityType, type Entity } from '../entity/entity.type.ts';
import { toDataProduct, toDataset, toDomain, toGlossaryTerm } from '../dataset/dataset.service.ts';
import { identityKeys, isNamedOwner, ownerEntryKey } from './ownership.ts';
import type { Person, Team } from './person.type.ts';
import { visibleAsset } from '../access/visibleInCypher.ts';

type Props = Record<string, unknown>;

export function toPerson(props: Props): Person {
  return {
    ...props,
    type: EntityType.PERSON,
    name: (props.displayName ?? props.name ?? props.id) as string,
    email: (props.email ?? null) as string | null,
    title: (props.title ?? null) as string | null,
  } as Person;
}

export function toTeam(props: Props): Team {
  return {
    ...props,
    type: EntityType.TEAM,
    name: (props.name ?? props.id) as string,
    email: (props.email ?? null) as string | null,
    description: (props.description ?? null) as string | null,
  } as Team;
}

/** The kinds of asset a person or team answers for, in the order `owns` lists them. */
export const OWNED_TYPES = [EntityType.DOMAIN, EntityType.DATA_PRODUCT, EntityType.DATASET, EntityType.GLOSSARY_TERM] as const;

const TO_ENTITY: Record<string, (props: Props) => Entity> = {
  Domain: toDomain,
  DataProduct: toDataProduct,
  Dataset: toDataset,
  GlossaryTerm: toGlossaryTerm,
};

/** A page of a list that hangs off one node. */
export interface PageKey {
  urn: string;
  limit: number;
  offset: number;
}

export interface OwnedKey extends PageKey {
  types: EntityType[];
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface OwnerIdentity {
  person: Person | null;
  team: Team | null;
}

/** Page keys as Cypher takes them (integers, not floats). */
function pageParams<K extends PageKey>(keys: readonly K[]) {
  return keys.map((key) => ({ ...key, limit: neo4j.int(key.limit), offset: neo4j.int(key.offset) }));
}

interface PageRow<Item> {
  index: number;
  total: number;
  page: Item[];
}

/** One page per key, in the order of the keys (what DataLoader expects); a key without a row has none. */
function inOrder<Item, T>(count: number, rows: Array<PageRow<Item>>, map: (item: Item) => T): Array<Page<T>> {
  const found = new Map(rows.map((row) => [Number(row.index), row]));
  return Array.from({ length: count }, (_, index) => {
    const row = found.get(index);
    return row ? { total: Number(row.total), items: row.page.map(map) } : { total: 0, items: [] };
  });
}

// Two branches per kind of asset: its OWNED_BY edges, walked from the owner (a pattern
// comprehension: a MATCH may be planned as a scan of the kind expanding into the owner), and the owner
// entries naming it, a label scan because owner entries are list elements, which no Neo4j
// index holds. A kind not asked for is never scanned: UNWIND of an empty list ends the branch
// before its MATCH (a WHERE there is planned after the scan).
const OWNED_BRANCHES = (
  [
    ['Domain', EntityType.DOMAIN],
    ['DataProduct', EntityType.DATA_PRODUCT],
    ['Dataset', EntityType.DATASET],
    ['GlossaryTerm', EntityType.GLOSSARY_TERM],
  ] as const
)
  .flatMap(([label, type], rank) => {
    const wanted = (condition: string) => `UNWIND CASE WHEN ${condition} THEN [true] ELSE [] END AS wanted`;
    return [
      `${wanted(`'${type}' IN key.types`)} UNWIND [(owner)<-[:OWNED_BY]-(x:${label}) WHERE x.status = 'ACTIVE' | x] AS a RETURN a, ${rank} AS rank`,
      `${wanted(`'${type}' IN key.types AND size(ownerKeys) > 0`)}
     MATCH (a:${label}) WHERE a.status = 'ACTIVE' AND ${isNamedOwner('a', 'ownerKeys')} RETURN a, ${rank} AS rank`,
    ];
  })
  .join('\n    UNION\n    ');

export class PeopleService {
  constructor(private readonly graph: GraphReader) {}

  // Constraint: person_urn.
  async teamsOf(keys: readonly PageKey[]): Promise<Array<Page<Team>>> {
    const rows = await this.graph.read<PageRow<Props>>(
      `UNWIND range(0, size($keys) - 1) AS index
       WITH index, $keys[index] AS key
       MATCH (p:Person {urn: key.urn})-[:MEMBER_OF]->(t:Team) WHERE p.status = 'ACTIVE' AND t.status = 'ACTIVE'
       WITH DISTINCT index, key, t ORDER BY toLower(coalesce(t.name, t.id)), t.urn
       WITH index, key, collect(t) AS teams
       RETURN index, size(teams) AS total, [t IN teams[key.offset .. key.offset + key.limit] | properties(t)] AS page`,
      { keys: pageParams(keys) },
    );
    return inOrder(keys.length, rows, toTeam);
  }

  // Constraint: team_urn.
  async membersOf(keys: readonly PageKey[]): Promise<Array<Page<Person>>> {
    const rows = await this.graph.read<PageRow<Props>>(
      `UNWIND range(0, size($keys) - 1) AS index
       WITH index, $keys[index] AS key
       MATCH (t:Team {urn: key.urn})<-[:MEMBER_OF]-(p:Person) WHERE t.status = 'ACTIVE' AND p.status = 'ACTIVE'
       WITH DISTINCT index, key, p ORDER BY toLower(coalesce(p.displayName, p.id)), p.urn
       WITH index, key, collect(p) AS members
       RETURN index, size(members) AS total, [p IN members[key.offset .. key.offset + key.limit] | properties(p)] AS page`,
      { keys: pageParams(keys) },
    );
    return inOrder(keys.length, rows, toPerson);
  }

  /**
   * What each person or team answers for, one page each. A key a person or team shares with
   * another of its kind is left out (ownership.ts): such an entry names neither of them.
   */
  // Constraint: entity_urn (hinted: without it the planner may scan it whole); label scans of the owned kinds (see OWNED_BRANCHES) and of Person or Team.
  async owned(keys: readonly OwnedKey[]): Promise<Array<Page<Entity>>> {
    const rows = await this.graph.read<PageRow<{ labels: string[]; value: Props }>>(
      `UNWIND range(0, size($keys) - 1) AS index
       WITH index, $keys[index] AS key
       MATCH (owner:Entity {urn: key.urn}) USING INDEX owner:Entity(urn)
       WITH index, key, owner WHERE (owner:Person OR owner:Team) AND owner.status = 'ACTIVE'
       WITH index, key, owner,
            COLLECT { MATCH (other:Person) WHERE owner:Person AND other <> owner AND other.status = 'ACTIVE' UNWIND ${identityKeys('other')} AS otherKey RETURN otherKey }
            + COLLECT { MATCH (other:Team) WHERE owner:Team AND other <> owner AND other.status = 'ACTIVE' UNWIND ${identityKeys('other')} AS otherKey RETURN otherKey } AS taken
       WITH index, key, owner, [ownKey IN ${identityKeys('owner')} WHERE NOT ownKey IN taken] AS ownerKeys
       CALL (key, owner, ownerKeys) {
    ${OWNED_BRANCHES}
       }
       // What a person owns in a domain the caller may not see is not listed, nor counted (access/visibleInCypher.ts).
       WITH index, key, a, rank WHERE ${visibleAsset('a')}
       WITH index, key, a, rank ORDER BY rank, toLower(a.name), a.urn
       WITH index, key, collect(a) AS owned
       RETURN index, size(owned) AS total, [a IN owned[key.offset .. key.offset + key.limit] | {labels: labels(a), value: properties(a)}] AS page`,
      { keys: pageParams(keys) },
    );
    return inOrder(keys.length, rows, ({ labels, value }) => TO_ENTITY[labels.find((name) => name in TO_ENTITY)!]!(value));
  }

  /** The person and the team each owner entry names, if exactly one of each fits (ownership.ts). */
  // Label scans of Person and Team: a directory of people, not of assets.
  async identitiesOf(entries: readonly string[]): Promise<OwnerIdentity[]> {
    const rows = await this.graph.read<{ index: number; persons: Props[]; teams: Props[] }>(
      `UNWIND range(0, size($entries) - 1) AS index
       WITH index, ${ownerEntryKey('$entries[index]')} AS key
       RETURN index,
              COLLECT { MATCH (p:Person) WHERE p.status = 'ACTIVE' AND key IN ${identityKeys('p')} RETURN properties(p) AS person LIMIT 2 } AS persons,
              COLLECT { MATCH (t:Team) WHERE t.status = 'ACTIVE' AND key IN ${identityKeys('t')} RETURN properties(t) AS team LIMIT 2 } AS teams`,
      { entries },
    );
    const found = new Map(rows.map((row) => [Number(row.index), row]));
    return entries.map((_, index) => {
      const row = found.get(index);
      return {
        person: row?.persons.length === 1 ? toPerson(row.persons[0]!) : null,
        team: row?.teams.length === 1 ? toTeam(row.teams[0]!) : null,
      };
    });
  }
}
