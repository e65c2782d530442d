/**
 * Models, seeds, snapshots and sources → Dataset nodes, one per warehouse
 * relation (see relationKey.ts), in the source's domain and from its source.
 *
 * Several resources can name one relation: a seed and the source that declares
 * the table it loads. They become one dataset whose `dbtUniqueIds` lists them
 * all. The first one describes it (nodes are read before sources, so the model,
 * seed or snapshot that builds the relation when there is one) and the others
 * fill in what it leaves empty: description, owners, tags, meta. dbt itself
 * refuses two nodes that build one relation.
 */
import { formatUrn, InvalidUrnError, type NodeRecord, type PropertyMap } from '@polder/graph-schema';
import type { DbtCatalog, DbtCatalogTable, DbtManifest, DbtMeta, DbtNode, DbtOwner, DbtSource } from './artifacts.ts';
import { compiledSqlProperties } from './compiledSql.ts';
import { dbtOwners } from './dbtOwners.ts';
import { executedAt, type ExecutedRunResults } from './executedRunResults.ts';
import { flattenMeta } from './flattenMeta.ts';
import { dbtWhere, type DbtMapContext, type SnapshotPart } from './mapContext.ts';
import { relationKey, relationParts } from './relationKey.ts';
import { resourceTags } from './resourceTags.ts';

export type RelationResource = DbtNode | DbtSource;

/** A dataset and the dbt resources behind it, the one that describes it first. */
export interface DbtDataset {
  urn: string;
  resources: [RelationResource, ...RelationResource[]];
  catalog: DbtCatalogTable | undefined;
}

export interface MappedDatasets extends SnapshotPart {
  datasets: DbtDataset[];
  /** The dataset URN of each kept resource, by unique_id. */
  urnByUniqueId: Map<string, string>;
}

const SUBTYPES: Record<string, string> = { model: 'MODEL', seed: 'SEED', snapshot: 'SNAPSHOT', source: 'SOURCE' };

export function mapDatasets(
  manifest: DbtManifest,
  catalog: DbtCatalog | null,
  executed: ExecutedRunResults | null,
  context: DbtMapContext,
): MappedDatasets {
  const part: MappedDatasets = { nodes: [], edges: [], warnings: [], datasets: [], urnByUniqueId: new Map() };
  const byUrn = new Map<string, DbtDataset>();
  const resources: RelationResource[] = [...Object.values(manifest.nodes), ...Object.values(manifest.sources)];
  for (const resource of resources) {
    // Own keys only: `in` would take a resource_type such as "toString" from Object.prototype.
    if (!Object.hasOwn(SUBTYPES, resource.resource_type)) continue;
    const { schema, name } = relationParts(resource);
    if (!context.keep(`${schema}.${name}`)) continue;
    let urn: string;
    try {
      urn = formatUrn('dataset', 'dbt', context.sourceId, relationKey(resource));
    } catch (error) {
      if (!(error instanceof InvalidUrnError)) throw error;
      part.warnings.push({ where: dbtWhere(context, resource.unique_id), message: `Skipped: ${error.message}` });
      continue;
    }
    part.urnByUniqueId.set(resource.unique_id, urn);
    const table = resource.resource_type === 'source' ? catalog?.sources[resource.unique_id] : catalog?.nodes[resource.unique_id];
    const dataset = byUrn.get(urn);
    if (dataset) {
      dataset.resources.push(resource);
      dataset.catalog ??= table;
    } else {
      byUrn.set(urn, { urn, resources: [resource], catalog: table });
    }
  }

  const groupOwners = new Map(Object.values(manifest.groups ?? {}).map((group) => [group.name, group.owner]));
  for (const dataset of byUrn.values()) {
    part.datasets.push(dataset);
    part.nodes.push(datasetNode(dataset, manifest, groupOwners, executed));
    part.edges.push(
      { type: 'IN_DOMAIN', from: dataset.urn, to: formatUrn('domain', context.domainId) },
      { type: 'FROM_SOURCE', from: dataset.urn, to: formatUrn('source', context.sourceId) },
    );
  }
  return part;
}

function datasetNode(
  dataset: DbtDataset,
  manifest: DbtManifest,
  groupOwners: Map<string, DbtOwner | undefined>,
  executed: ExecutedRunResults | null,
): NodeRecord {
  const { resources, catalog } = dataset;
  const [first] = resources;
  const node = first.resource_type === 'source' ? undefined : (first as DbtNode);
  const source = resources.find((resource): resource is DbtSource => resource.resource_type === 'source');
  const meta = mergedMeta(resources);
  const lastRun = node && executed?.byUniqueId.get(node.unique_id);
  const properties: PropertyMap = {
    name: first.name,
    qualifiedName: relationKey(first),
    platform: 'dbt',
    adapter: manifest.metadata.adapter_type ?? null,
    database: first.database || null,
    schema: first.schema || null,
    subtype: SUBTYPES[first.resource_type]!,
    description: resources.map((resource) => resource.description).find(Boolean) || catalog?.metadata.comment || null,
    relationName: first.relation_name ?? null,
    warehouseType: catalog?.metadata.type ?? null,
    materialization: node?.config?.materialized ?? null,
    access: node?.access ?? null,
    group: node?.group ?? null,
    contractEnforced: first.resource_type === 'model' ? (node?.config?.contract?.enforced ?? false) : null,
    tags: nonEmpty(resources.flatMap(resourceTags)),
    owners: nonEmpty(dbtOwners(meta, node?.group ? groupOwners.get(node.group) : undefined)),
    dbtUniqueIds: resources.map((resource) => resource.unique_id),
    package: first.package_name,
    path: first.original_file_path,
    sourceName: source?.source_name ?? null,
    loader: source?.loader || null,
    ...(first.resource_type === 'model' || first.resource_type === 'snapshot' ? compiledSqlProperties(node?.compiled_code) : {}),
    lastRunStatus: lastRun ? lastRun.status.toUpperCase() : null,
    lastRunAt: lastRun ? executedAt(lastRun) : null,
    ...flattenMeta(meta, 'meta'),
  };
  return { label: 'Dataset', urn: dataset.urn, properties };
}

/** `meta` and `config.meta` of every resource, the first resource's winning (dbt 1.10+ writes meta under config). */
function mergedMeta(resources: RelationResource[]): DbtMeta {
  return Object.assign({}, ...[...resources].reverse().flatMap((resource) => [resource.meta, resource.config?.meta]));
}

function nonEmpty(values: string[]): string[] | null {
  const unique = [...new Set(values)];
  return unique.length > 0 ? unique : null;
}
