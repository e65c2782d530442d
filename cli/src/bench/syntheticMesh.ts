/**
 * A deterministic synthetic mesh for benchmarks: the same options always give
 * the same graph, so two runs (or two machines) measure the same work.
 */
import { formatUrn, parseUrn, type GraphSnapshot } from '@polder/graph-schema';
import { seededRandom } from './random.ts';

export interface SyntheticMeshOptions {
  domains: number;
  tablesPerDomain: number;
  columnsPerTable: number;
  /** Share of datasets that are views derived from 1–3 earlier datasets of the same domain. */
  viewShare: number;
  seed?: number;
}

const WORDS = ['customer', 'order', 'invoice', 'payment', 'product', 'shipment', 'account', 'vehicle', 'rental', 'courier', 'ledger', 'store'];
const COLUMN_WORDS = ['id', 'name', 'email', 'amount', 'status', 'created_at', 'updated_at', 'code', 'total', 'region'];
const TYPES = ['integer', 'bigint', 'text', 'numeric(12,2)', 'timestamp with time zone', 'boolean'];


/** One snapshot per domain, each its own provider (`bench:<domain>`), as one source per domain would be. */
export function generateSyntheticMesh(options: SyntheticMeshOptions): GraphSnapshot[] {
  const next = seededRandom(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const snapshots: GraphSnapshot[] = [];
  for (let d = 0; d < options.domains; d++) {
    const domainId = `domain${d}`;
    const sourceId = `bench-${domainId}`;
    const snapshot: GraphSnapshot = { provider: `bench:${domainId}`, nodes: [], edges: [], warnings: [] };
    const datasets: string[] = [];
    for (let t = 0; t < options.tablesPerDomain; t++) {
      const isView = t > 0 && next() < options.viewShare;
      const name = `${pick(WORDS)}_${pick(WORDS)}_${t}`;
      const urn = formatUrn('dataset', 'postgres', sourceId, `${domainId}.public.${name}`);
      snapshot.nodes.push({
        label: 'Dataset',
        urn,
        properties: { name, qualifiedName: `${domainId}.public.${name}`, platform: 'postgres', subtype: isView ? 'VIEW' : 'TABLE', description: `Synthetic ${name} of ${domainId}`, rowEstimate: Math.floor(next() * 1e6) },
      });
      for (let c = 0; c < options.columnsPerTable; c++) {
        const column = `${pick(COLUMN_WORDS)}_${c}`;
        const fieldUrn = formatUrn('field', parseUrn(urn), column);
        snapshot.nodes.push({
          label: 'Field',
          urn: fieldUrn,
          properties: { name: column, datasetUrn: urn, position: c + 1, dataType: pick(TYPES), nullable: c > 0, isPrimaryKey: c === 0, isUnique: c === 0 },
        });
        snapshot.edges.push({ type: 'HAS_FIELD', from: urn, to: fieldUrn });
      }
      if (isView) {
        const parents = 1 + Math.floor(next() * 3);
        for (let p = 0; p < parents; p++) {
          snapshot.edges.push({ type: 'DERIVES_FROM', from: urn, to: datasets[Math.floor(next() * datasets.length)]!, properties: { transformation: 'VIEW', confidence: 1 } });
        }
      }
      datasets.push(urn);
    }
    snapshots.push(snapshot);
  }
  return snapshots;
}
