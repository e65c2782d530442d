/**
 * Reads the crawled sources and their run history. A source of a domain hidden from the caller is
 * left out of both, as if it were not declared (access/visibleInCypher.ts, visibleSource).
 */
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { toSource } from '../dataset/dataset.service.ts';
import type { CrawlRun } from './crawlRun.type.ts';
import type { Source } from './source.type.ts';
import { visibleSource } from '../access/visibleInCypher.ts';
import { isAllowed } from '../access/authorize.ts';
import type { Principal } from '../access/Principal.ts';
import { withheldCrawlDetails } from './withheldCrawlDetails.ts';

export const MAX_RUNS = 100;

export class SourcesService {
  constructor(
    private readonly graph: GraphReader,
    private readonly principal: Principal,
  ) {}

  async allSources(): Promise<Source[]> {
    const rows = await this.graph.read<{ value: Record<string, unknown> }>(
      `MATCH (s:Source) WHERE s.status = 'ACTIVE' AND ${visibleSource('s')} RETURN properties(s) AS value ORDER BY s.id`,
    );
    return rows.map((row) => toSource(row.value));
  }

  /**
   * The latest runs of each source, newest first; none for a source hidden from the caller. Why a run
   * failed and what it warned of only for those who may see it (withheldCrawlDetails.ts).
   * Constraint: entity_urn; index: crawlrun_source (migration 002).
   */
  async runsOfSources(sourceUrns: readonly string[], limit: number): Promise<CrawlRun[][]> {
    const rows = await this.graph.read<{ key: string; domain: string | null; runs: Array<Record<string, unknown>> }>(
      `UNWIND $urns AS key
       MATCH (s:Entity {urn: key}) WHERE s:Source AND ${visibleSource('s')}
       OPTIONAL MATCH (s)-[:IN_DOMAIN]->(home:Domain)
       CALL (key) {
         MATCH (r:CrawlRun {sourceUrn: key}) RETURN r ORDER BY r.startedAt DESC LIMIT $limit
       }
       RETURN key, home.id AS domain, collect(properties(r)) AS runs`,
      { urns: sourceUrns, limit: neo4j.int(limit) },
    );
    const byKey = new Map(
      rows.map((row) => {
        const sees = isAllowed(this.principal, { kind: 'seeCrawlDetails', domain: row.domain });
        const runs = row.runs.map((run) => ({ ...run, warnings: (run.warnings as string[] | undefined) ?? [] }) as CrawlRun);
        return [row.key, sees ? runs : runs.map((run) => withheldCrawlDetails(run, row.domain))];
      }),
    );
    return sourceUrns.map((urn) => byKey.get(urn) ?? []);
  }
}
