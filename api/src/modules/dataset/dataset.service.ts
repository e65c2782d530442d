/**
 * Reads datasets, their fields and their neighbours. Every method takes a list
 * of keys and sends one query, so the loaders can batch a whole GraphQL level.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { inOrder } from '../../graph/inOrder.ts';
import { EntityType } from '../entity/entity.type.ts';
import type { Domain } from '../domain/domain.type.ts';
import type { Source } from '../sources/source.type.ts';
import type { DataProduct } from '../products/dataProduct.type.ts';
import type { Job } from '../jobs/job.type.ts';
import type { Dataset } from './dataset.type.ts';
import type { SchemaField } from './field.type.ts';
import type { GlossaryTerm } from '../glossary/glossaryTerm.type.ts';
import { certificationOf, crawledPropertiesOf, editedPropertiesOf, isRestricted, ownersOf, tagsOf, versionOf } from '../edits/editableView.ts';
import { HIDDEN_DOMAINS_COLUMN, HIDDEN_DOMAINS_IN_QUERY, visibleAsset, visibleDataset, visibleSource } from '../access/visibleInCypher.ts';
import { seesTermAssignment } from '../access/maskedInCypher.ts';
import type { ContractConformance } from './contractConformance.type.ts';
import { conformanceOf, crawledColumnInCypher, describingContractsInCypher, type DescribingContractRow } from './describingContracts.ts';
import { describeContractProblem } from './compareWithContract.ts';

type Props = Record<string, unknown>;

/** What a person wrote wins over what the source says. */
function effectiveDescription(props: Props): string | null {
  return (props.editable_description ?? props.description ?? null) as string | null;
}

export function toDataset(props: Props): Dataset {
  return {
    ...props,
    type: EntityType.DATASET,
    description: effectiveDescription(props),
    version: versionOf(props),
    owners: ownersOf(props),
    tags: tagsOf(props),
    certification: certificationOf(props),
    restricted: isRestricted(props),
    properties: crawledPropertiesOf(props),
    editable: editedPropertiesOf(props),
  } as Dataset;
}

/**
 * The properties of a column that its readers use (SchemaField, its resolvers, editableView.ts). A dataset's
 * columns are read by the hundred, so they come as a list of values in this order (`FIELD_VALUES` of `x`),
 * made a map here (`fieldProps`). Naming the properties costs Neo4j and the driver about a third of
 * `properties(x)`, which carries the crawl's bookkeeping too (crawledKeys, contentHash, provider,
 * timestamps); a list rather than a map projection of them, whose keys travel and are decoded again with
 * every column, took the 200 columns of `polder bench api`'s dataset page from 6.3 ms to 2.3 ms (their
 * query alone, p50). test/catalogApi.test.ts holds a column read through its dataset to the same answer
 * as the column read on its own (with `properties`).
 */
const FIELD_KEYS = [
  'urn', 'name', 'position', 'dataType', 'nullable', 'description', 'isPrimaryKey', 'datasetUrn', 'status', 'tags',
  'editable_description', 'editable_tags', 'editable_version', 'editable_classifications',
] as const;
const FIELD_VALUES = `[${FIELD_KEYS.map((key) => `x.${key}`).join(', ')}]`;

/** A column's properties from its `FIELD_VALUES`; an absent property is null, as in a map projection. */
function fieldProps(values: readonly unknown[]): Props {
  const props: Props = {};
  for (let index = 0; index < FIELD_KEYS.length; index++) props[FIELD_KEYS[index]!] = values[index];
  return props;
}

export function toField(props: Props): SchemaField {
  return { ...props, type: EntityType.FIELD, description: effectiveDescription(props), version: versionOf(props), tags: tagsOf(props) } as SchemaField;
}

export function toDomain(props: Props): Domain {
  return { ...props, type: EntityType.DOMAIN, description: effectiveDescription(props), version: versionOf(props), owners: ownersOf(props) } as Domain;
}

export function toDataProduct(props: Props): DataProduct {
  return {
    ...props,
    type: EntityType.DATA_PRODUCT,
    description: effectiveDescription(props),
    version: versionOf(props),
    owners: ownersOf(props),
    tags: tagsOf(props),
    certification: certificationOf(props),
  } as DataProduct;
}

export function toGlossaryTerm(props: Props): GlossaryTerm {
  return { ...props, type: EntityType.GLOSSARY_TERM, definition: (props.editable_definition ?? props.definition ?? null) as string | null } as GlossaryTerm;
}

export function toJob(props: Props): Job {
  return { ...props, type: EntityType.JOB } as Job;
}

export function toSource(props: Props): Source {
  return { ...props, type: EntityType.SOURCE } as Source;
}

/** What `related` can fetch: one hop from an entity, by kind, in the order its query returns them. */
const RELATED_KINDS = ['domain', 'source', 'fields', 'references', 'terms', 'upstream', 'downstream', 'partitionOf', 'partitions'] as const;
export type RelatedKind = (typeof RELATED_KINDS)[number];

/**
 * The kinds that grow with the catalog (a hub table's readers, a table's daily partitions) or with a
 * store (a table's columns: up to 1,600 in PostgreSQL, 4,096 in MySQL): read a page at a time.
 */
const PAGED_KINDS = ['fields', 'upstream', 'downstream', 'partitions'] as const;
export type PagedKind = (typeof PAGED_KINDS)[number];
const isPaged = (kind: RelatedKind): kind is PagedKind => (PAGED_KINDS as readonly string[]).includes(kind);

/**
 * A paged kind's neighbours: `match` (a MATCH … RETURN x ORDER BY … of fixed text) gathers node references
 * only; `item` (their properties, or a column's FIELD_VALUES) is read for the entity's window alone
 * (`entity.windows`, slice bounds), and the count is of all of them.
 */
function pagedNeighbours(kind: PagedKind, match: string, item = 'properties(x)'): string {
  return `[every IN [CASE WHEN '${kind}' IN kinds THEN COLLECT { ${match} } ELSE [] END] |
           {total: size(every), items: [x IN every[entity.windows.${kind}[0]..entity.windows.${kind}[1]] | ${item}]}][0]`;
}

/**
 * Each kind's neighbours of `n` for `related`, in Cypher, given the kinds the entity asked for (`kinds`).
 * Fixed text; the variables are the query's.
 */
const NEIGHBOURS: Record<RelatedKind, string> = {
  domain: `COLLECT { MATCH (n)-[:IN_DOMAIN]->(x:Domain) WHERE 'domain' IN kinds RETURN properties(x) AS related }`,
  source: `COLLECT { MATCH (n)-[:FROM_SOURCE]->(x:Source) WHERE 'source' IN kinds AND ${visibleSource('x')} RETURN properties(x) AS related }`,
  fields: pagedNeighbours('fields', `MATCH (n)-[:HAS_FIELD]->(x:Field) WHERE x.status = 'ACTIVE' RETURN x ORDER BY x.position`, FIELD_VALUES),
  references: `COLLECT { MATCH (n)-[:REFERENCES]->(x:Field) WHERE 'references' IN kinds AND ${visibleAsset('x')} RETURN ${FIELD_VALUES} AS related }`,
  // A classified term on a restricted dataset or its column tells a masked value (access/maskedInCypher.ts).
  terms: `COLLECT { MATCH (n)-[:MEANS]->(x:GlossaryTerm) WHERE 'terms' IN kinds AND ${seesTermAssignment('n', 'x')}
            WITH DISTINCT x RETURN properties(x) AS related ORDER BY related.name }`,
  // A removed dataset keeps its last edges for history, but is no longer a neighbour.
  upstream: pagedNeighbours('upstream', `MATCH (n)-[:DERIVES_FROM]->(x:Dataset) WHERE x.status = 'ACTIVE' AND ${visibleDataset('x')}
               WITH DISTINCT x RETURN x ORDER BY x.qualifiedName`),
  downstream: pagedNeighbours('downstream', `MATCH (n)<-[:DERIVES_FROM]-(x:Dataset) WHERE x.status = 'ACTIVE' AND ${visibleDataset('x')}
                 WITH DISTINCT x RETURN x ORDER BY x.qualifiedName`),
  partitionOf: `COLLECT { MATCH (n)-[:PARTITION_OF]->(x:Dataset) WHERE 'partitionOf' IN kinds AND x.status = 'ACTIVE' AND ${visibleDataset('x')} RETURN properties(x) AS related }`,
  partitions: pagedNeighbours('partitions', `MATCH (n)<-[:PARTITION_OF]-(x:Dataset) WHERE x.status = 'ACTIVE' AND ${visibleDataset('x')}
                 RETURN x ORDER BY x.name`),
};

/** The kinds that are columns, which `related`'s query returns as FIELD_VALUES. */
const COLUMN_KINDS: ReadonlySet<RelatedKind> = new Set(['fields', 'references']);
export interface RelatedKey {
  urn: string;
  kind: RelatedKind;
  /** For a paged kind: which of them, in its order. Absent, the first 100. */
  page?: { offset: number; limit: number };
}

/** What `related` returns for a key: its neighbours (for a paged kind, the page asked for), and how many there are in all. */
export interface RelatedPage {
  total: number;
  items: Props[];
}

const DEFAULT_WINDOW = { offset: 0, limit: 100 };

/** Slice bounds as Cypher integers (a JavaScript number goes as a float, which a list slice refuses). */
function asCypherIntegers(windows: Partial<Record<PagedKind, [number, number]>>): Record<string, [Integer, Integer]> {
  return Object.fromEntries(Object.entries(windows).map(([kind, [from, to]]) => [kind, [neo4j.int(from), neo4j.int(to)]]));
}

export class DatasetService {
  constructor(private readonly graph: GraphReader) {}

  // Constraint: dataset_urn. Usually a request's first query: it works out the hidden domains itself and
  // hands them on (HIDDEN_DOMAINS_COLUMN), so the page's next levels need not read them first.
  async datasetsByUrn(urns: readonly string[]): Promise<Array<Dataset | null>> {
    const rows = await this.graph.read<{ key: string; value: Props }>(
      `${HIDDEN_DOMAINS_IN_QUERY}
       UNWIND $urns AS key MATCH (d:Dataset {urn: key}) WHERE ${visibleDataset('d', 'visibilityHidden')}
       RETURN key, properties(d) AS value, visibilityHidden AS ${HIDDEN_DOMAINS_COLUMN}`,
      { urns },
    );
    return inOrder(urns, rows.map((row) => ({ key: row.key, value: toDataset(row.value) }))).map((group) => group[0] ?? null);
  }

  /**
   * A page of the active datasets the caller may see, in URN order, after `after` (exclusive), with one
   * more than `limit` to tell whether another page follows. Keyset paging: each page reads from the
   * constraint's index where the last ended, however deep into the list (an offset would walk past them all).
   */
  // Constraint: dataset_urn (its index gives the order).
  async listPage(filter: { domain: string | null; after: string | null; limit: number }): Promise<Dataset[]> {
    const rows = await this.graph.read<{ value: Props }>(
      `MATCH (d:Dataset) WHERE d.urn > $after AND d.status = 'ACTIVE'
         AND ($domain IS NULL OR EXISTS { MATCH (d)-[:IN_DOMAIN]->(:Domain {id: $domain}) })
         AND ${visibleDataset('d')}
       RETURN properties(d) AS value ORDER BY d.urn LIMIT $limit`,
      { after: filter.after ?? '', domain: filter.domain, limit: neo4j.int(filter.limit) },
    );
    return rows.map((row) => toDataset(row.value));
  }

  /** How many active datasets the caller may see, of `domain` when it is set. */
  async listTotal(domain: string | null): Promise<number> {
    const [row] = await this.graph.read<{ total: number }>(
      `MATCH (d:Dataset) WHERE d.status = 'ACTIVE' AND ($domain IS NULL OR EXISTS { MATCH (d)-[:IN_DOMAIN]->(:Domain {id: $domain}) }) AND ${visibleDataset('d')}
       RETURN count(d) AS total`,
      { domain },
    );
    return Number(row?.total ?? 0);
  }

  /**
   * How each of a batch of crawled tables keeps the data contracts that describe it (describingContracts.ts),
   * in one query: the promises the caller may see, as `describedBy` lists them, and the table's active
   * columns, read only for a table some contract describes (most datasets of a list have none).
   */
  // Constraint: dataset_urn.
  async contractConformance(urns: readonly string[]): Promise<ContractConformance[][]> {
    const rows = await this.graph.read<{ urn: string; platform: unknown; subtype: unknown; promises: DescribingContractRow[]; columns: Props[] }>(
      `UNWIND $urns AS urn
       MATCH (t:Dataset {urn: urn}) WHERE ${visibleDataset('t')}
       WITH urn, t, ${describingContractsInCypher('t', visibleDataset('contractPromise'))} AS promises
       RETURN urn, t.platform AS platform, t.subtype AS subtype, promises,
              CASE WHEN size(promises) = 0 THEN [] ELSE [(t)-[:HAS_FIELD]->(x:Field) WHERE x.status = 'ACTIVE' | ${crawledColumnInCypher('x')}] END AS columns`,
      { urns },
    );
    const found = new Map(
      rows.map((row) => [
        row.urn,
        conformanceOf(row.promises, row).map(({ promise, problems }) => ({
          promise: toDataset(promise),
          conforms: problems.length === 0,
          problems: problems.map((problem) => ({ ...problem, description: describeContractProblem(problem) })),
        })),
      ]),
    );
    return urns.map((urn) => found.get(urn) ?? []);
  }

  /**
   * Everything one hop away from a batch of entities, whatever kind each caller
   * asked for, in ONE query: the domain of one dataset, the upstream of another,
   * the terms of a column... A GraphQL level asks for several kinds of neighbours
   * at once; keyed by (urn, kind), they all land in the same batch, so the number
   * of queries follows the depth of the operation, not the relations it selects.
   * Each entity is looked up once, with every kind asked of it (a page's 200
   * columns asking for terms and references are 200 look-ups, not 400).
   */
  // Constraint: entity_urn. Each COLLECT runs only for an entity that asked for its kind; the list of
  // lists follows RELATED_KINDS.
  async related(keys: readonly RelatedKey[]): Promise<RelatedPage[]> {
    const kindsByUrn = new Map<string, RelatedKind[]>();
    for (const { urn, kind } of keys) (kindsByUrn.get(urn) ?? kindsByUrn.set(urn, []).get(urn)!).push(kind);
    // One window per entity and paged kind, spanning every page the batch asks of it (two aliases of one
    // field, with different pages, are one read); each key's page is cut from it below.
    const windows = new Map<string, Partial<Record<PagedKind, [from: number, to: number]>>>();
    for (const { urn, kind, page = DEFAULT_WINDOW } of keys) {
      if (!isPaged(kind)) continue;
      const ofUrn = windows.get(urn) ?? windows.set(urn, {}).get(urn)!;
      const [from, to] = ofUrn[kind] ?? [page.offset, page.offset + page.limit];
      ofUrn[kind] = [Math.min(from, page.offset), Math.max(to, page.offset + page.limit)];
    }
    // Only the kinds the batch asks for are in the text; the others are empty lists. A level asks for a few
    // of the nine, and a COLLECT nobody asked for still cost every row (the bench page's 200 columns asking
    // for terms and references: 4.3 ms with all eight kinds there were then, 3.5 ms with those two). Each set of kinds is a plan
    // of its own in Neo4j's cache, and a smaller one to make.
    const asked = new Set(keys.map((key) => key.kind));
    const rows = await this.graph.read<{ urn: string; related: Array<unknown[] | RelatedPage> }>(
      `UNWIND $entities AS entity
       MATCH (n:Entity {urn: entity.urn})
       // A hidden asset has no neighbours, and no neighbour shown is hidden (access/visibleInCypher.ts).
       WHERE ${visibleAsset('n')}
       WITH entity, n, entity.kinds AS kinds
       RETURN n.urn AS urn, [
         ${RELATED_KINDS.map((kind) => (asked.has(kind) ? NEIGHBOURS[kind] : '[]')).join(',\n         ')}
       ] AS related`,
      { entities: [...kindsByUrn].map(([urn, kinds]) => ({ urn, kinds, windows: asCypherIntegers(windows.get(urn) ?? {}) })) },
    );
    const found = new Map(rows.map((row) => [row.urn, row.related]));
    return keys.map(({ urn, kind, page = DEFAULT_WINDOW }) => {
      const related = found.get(urn)?.[RELATED_KINDS.indexOf(kind)];
      if (isPaged(kind)) {
        if (!related) return { total: 0, items: [] };
        const window = related as { total: number; items: unknown[] };
        const from = page.offset - windows.get(urn)![kind]![0];
        const items = window.items.slice(from, from + page.limit);
        return { total: window.total, items: COLUMN_KINDS.has(kind) ? (items as unknown[][]).map(fieldProps) : (items as Props[]) };
      }
      const items = COLUMN_KINDS.has(kind) ? ((related ?? []) as unknown[][]).map(fieldProps) : ((related ?? []) as Props[]);
      return { total: items.length, items };
    });
  }
}
