/** Reads the domains of the mesh, and what each holds, counted. Each method sends one query. */
import type { GraphReader } from '../../graph/GraphReader.ts';
import { apiError } from '../../errors.ts';
import { toDomain } from '../dataset/dataset.service.ts';
import type { Domain } from './domain.type.ts';
import { visibleDataset, visibleSource } from '../access/visibleInCypher.ts';

/** What a domain holds, counted: active assets only. */
export interface DomainCounts {
  /** Crawled datasets (tables, views, models, ...), not the schema objects contracts declare. */
  datasets: number;
  dataProducts: number;
  sources: number;
}

const NONE: DomainCounts = { datasets: 0, dataProducts: 0, sources: 0 };

// Constraint: domain_urn (migration 001). Each COUNT expands the domain's IN_DOMAIN edges of one label.
const COUNTS = `
UNWIND $urns AS urn
MATCH (d:Domain {urn: urn})
RETURN urn,
  COUNT { MATCH (d)<-[:IN_DOMAIN]-(x:Dataset) WHERE x.status = 'ACTIVE' AND x.platform <> 'contract' AND ${visibleDataset('x')} } AS datasets,
  COUNT { MATCH (d)<-[:IN_DOMAIN]-(x:DataProduct) WHERE x.status = 'ACTIVE' } AS dataProducts,
  COUNT { MATCH (d)<-[:IN_DOMAIN]-(x:Source) WHERE x.status = 'ACTIVE' AND ${visibleSource('x')} } AS sources`;

export class DomainService {
  constructor(private readonly graph: GraphReader) {}

  /** Every active domain, by name. */
  async allDomains(): Promise<Domain[]> {
    const rows = await this.graph.read<{ value: Record<string, unknown> }>(
      `MATCH (d:Domain) WHERE d.status = 'ACTIVE' RETURN properties(d) AS value ORDER BY toLower(d.name), d.urn`,
    );
    return rows.map((row) => toDomain(row.value));
  }

  /**
   * Refuses a filter by a domain id no active domain has, naming the ids there are. Without it a typo
   * ("finanse"), a name ("Finance") or a URN filtered everything away, which read as "no findings".
   */
  async checkDomainId(id: string, argument: string): Promise<void> {
    // Domains are few, and every reader may list them (`domains`).
    const [row] = await this.graph.read<{ ids: string[] }>(`MATCH (d:Domain) WHERE d.status = 'ACTIVE' RETURN collect(d.id) AS ids`);
    const ids = (row?.ids ?? []).sort();
    if (ids.includes(id)) return;
    throw apiError('NOT_FOUND', `no domain with the id "${id.slice(0, 100)}": give one of ${ids.join(', ') || '(none yet)'}`, { argument });
  }

  async countsOf(urns: readonly string[]): Promise<DomainCounts[]> {
    const rows = await this.graph.read<DomainCounts & { urn: string }>(COUNTS, { urns });
    const byUrn = new Map(rows.map(({ urn, ...counts }) => [urn, counts]));
    return urns.map((urn) => byUrn.get(urn) ?? NONE);
  }
}
