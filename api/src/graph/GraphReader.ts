/**
 * Read access to Neo4j for one request. Counting the queries it sends lets tests
 * hold the API to its N+1 budget: queries per operation must not grow with list sizes.
 */
import type { Driver } from 'neo4j-driver';

export class GraphReader {
  queryCount = 0;

  /**
   * @param mayRead throws when the caller may not read the catalog. Every read
   *   passes here, so no resolver can forget the check.
   */
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly mayRead: () => void,
  ) {}

  async read<Row = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.mayRead();
    this.queryCount++;
    const { records } = await this.driver.executeQuery(cypher, params, { database: this.database, routing: 'READ' });
    return records.map((record) => record.toObject() as Row);
  }
}
