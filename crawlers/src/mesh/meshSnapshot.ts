/**
 * The mesh declared in polder.yaml (domains, and the sources each owns) as a
 * snapshot of its own provider, `config`. It is written before any crawl so that
 * crawled datasets have a domain and a source to hang from; a domain removed from
 * the file is marked removed like any other asset.
 */
import { formatUrn, type GraphSnapshot } from '@polder/graph-schema';
import type { MeshConfig } from '@polder/runtime';
import { crawledStoreOf } from '../sources/openlineage/crawledStores.ts';

export const MESH_PROVIDER = 'config';

export function meshSnapshot(mesh: MeshConfig): GraphSnapshot {
  const snapshot: GraphSnapshot = { provider: MESH_PROVIDER, nodes: [], edges: [], warnings: [] };
  for (const domain of mesh.domains) {
    snapshot.nodes.push({
      label: 'Domain',
      urn: formatUrn('domain', domain.id),
      properties: {
        id: domain.id,
        name: domain.name,
        description: domain.description || null,
        visibility: domain.visibility ?? 'mesh',
        // A domain's owners answer for what it means and publishes: its business owners.
        owners: domain.owners?.length ? domain.owners : null,
        ownerTypes: domain.owners?.length ? domain.owners.map(() => 'BUSINESS_OWNER') : null,
      },
    });
  }
  for (const source of mesh.sources) {
    const urn = formatUrn('source', source.id);
    // How OpenLineage producers name the store, so pushed lineage lands on its crawled datasets (crawledStores.ts).
    const store = crawledStoreOf(source);
    snapshot.nodes.push({
      label: 'Source',
      urn,
      properties: {
        id: source.id,
        kind: source.kind,
        schedule: source.schedule ?? null,
        lineageNamespace: store?.namespace ?? null,
        database: store?.database ?? null,
        // Which of the store's tables the catalog holds, for the crawl of another source that reads one
        // (a mysql view or foreign key into this database) and for pushed OpenLineage events that name one
        // (readDeclaredStores.ts). None: all of them.
        include: store && source.include.length > 0 ? source.include : null,
        exclude: store && source.exclude.length > 0 ? source.exclude : null,
      },
    });
    snapshot.edges.push({ type: 'IN_DOMAIN', from: urn, to: formatUrn('domain', source.domain) });
  }
  return snapshot;
}
