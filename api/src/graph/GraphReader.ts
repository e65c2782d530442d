/**
 * Read access to Neo4j for one request. Counting the queries it sends lets tests
 * hold the API to its N+1 budget: queries per operation must not grow with list sizes.
 */
import { resultTransformers, type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { hiddenDomains, type VisibilityParameters } from '../modules/access/assetVisibility.ts';
import { readPrivateDomains } from '../modules/access/readPrivateDomains.ts';
import { HIDDEN_DOMAINS_COLUMN } from '../modules/access/visibleInCypher.ts';

/** The caller sees everything: for platform-side reads that answer no caller (e.g. seeding the glossary). */
export const SEES_EVERYTHING: VisibilityParameters = { everyDomain: true, memberOf: [], restrictedEverywhere: true, restrictedIn: [] };

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
    /**
     * Which private domains the caller sees, sent with every read as `$visibility` (with the domains
     * hidden from the caller, `hidden`, when the query may use them) so that any query can filter
     * hidden assets (access/visibleInCypher.ts) without a parameter to forget.
     */
    private readonly visibility: VisibilityParameters,
  ) {}

  /** The private domains hidden from this request's caller, read once (see `hiddenDomains`). */
  private hidden?: Promise<string[]>;

  /**
   * The private domains whose unpublished assets this request's caller may not see: usually none.
   * Read once per request, before the first query that may use them, and sent with every such query
   * as `$visibility.hidden`; unless an earlier query of the request returned them (HIDDEN_DOMAINS_COLUMN).
   */
  hiddenDomains(): Promise<string[]> {
    this.mayRead();
    this.hidden ??= this.visibility.everyDomain
      ? Promise.resolve([])
      : readPrivateDomains(this.driver, this.database).then((privateDomains) => hiddenDomains(this.visibility, privateDomains));
    return this.hidden;
  }

  /**
   * The query's rows, each as an object of its columns; or, with `toRow`, as it makes them from the
   * driver's records (for a reader that would otherwise copy each row again into its own objects).
   * Each row is made as its record arrives, while Neo4j still sends the next ones, and the record is let
   * go at once rather than kept in an array beside the rows until the last has come. On the 1,000-row
   * lineage walk of `polder bench api` that took 0.03–0.07 ms off the walk at the median (BENCHMARKS.md,
   * thirty-seventh session).
   */
  async read<Row = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}, toRow?: (record: Neo4jRecord) => Row): Promise<Row[]> {
    this.mayRead();
    this.queryCount++;
    // The hidden domains cost a round trip: read only for a query that may use them. A query that works them
    // out itself (HIDDEN_DOMAINS_IN_QUERY) names only the two parts they come from; any other mention of
    // $visibility gets them, so a predicate can never find them missing.
    const visibility = mentionsOnlyWhatHiddenComesFrom(cypher) ? this.visibility : { ...this.visibility, hidden: await this.hiddenDomains() };
    const makeRow = toRow ?? ((record: Neo4jRecord) => rowOf(record) as Row);
    let hiddenInQuery: string[] | undefined;
    let firstRecord = true;
    const rows = await this.driver.executeQuery(
      cypher,
      { visibility, ...params },
      {
        database: this.database,
        routing: 'READ',
        resultTransformer: resultTransformers.mapped({
          map: (record) => {
            // A query that worked them out itself and returns them spares the request's later queries the read.
            // Every record of a query has the same columns: the first tells.
            if (firstRecord && record.has(HIDDEN_DOMAINS_COLUMN)) hiddenInQuery = record.get(HIDDEN_DOMAINS_COLUMN) as string[];
            firstRecord = false;
            return makeRow(record);
          },
          collect: (made) => made,
        }),
      },
    );
    if (this.hidden === undefined && hiddenInQuery !== undefined) this.hidden = Promise.resolve(hiddenInQuery);
    // The rows are handed on in an array of their own, the driver's emptied: something of a finished read that
    // only V8's young collections count as alive (a full collection frees it) holds on to the array the
    // driver resolved with, so every row in it lived through the young collections into the old generation
    // until the next full one: a 3,000-row read promoted 0.95 MB this way, 0.14 MB once emptied (BENCHMARKS.md,
    // fortieth session).
    const released = rows.slice();
    rows.length = 0;
    return released;
  }
}

/**
 * A record as an object, column by column. The driver's `toObject` goes through a generator and a
 * two-item array per column: for a 1,000-row lineage walk that was half a millisecond, and garbage
 * the next collection had to sweep.
 */
function rowOf(record: Neo4jRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const keys = record.keys as readonly string[];
  for (let column = 0; column < keys.length; column++) row[keys[column]!] = record.get(column);
  return row;
}

/** True when every `$visibility` in the query names one of the parts always sent (everything but `hidden`). */
export function mentionsOnlyWhatHiddenComesFrom(cypher: string): boolean {
  return !/\$visibility(?!\.(?:everyDomain|memberOf|restrictedEverywhere|restrictedIn)\b)/.test(cypher);
}
