/**
 * The PostgreSQL crawler at scale, for real: a generated database of N relations
 * × M columns (postgresBenchDatabase.ts) in the local PostgreSQL, crawled by
 * `crawlSource` exactly as `polder crawl` crawls a source of polder.yaml, into the
 * real Neo4j; then crawled again unchanged. Run at two sizes (N/10 and N) so that
 * the queries sent to PostgreSQL can be read side by side: they must not grow with
 * the number of tables.
 *
 * Nothing in the crawler is replaced or told it is measured. The phases are read
 * from the outside:
 *
 *   startCrawlRun ─► onProgress('reading') ─► extract (pg queries) ─► map ─► onProgress('writing') ─► write ─► return
 *                    └── extract: until PostgreSQL answers the last query ──┘└── map ──┘            └── write (+ run record, contract links) ──┘
 *
 * The crawler reads what the source wrote before from Neo4j while it extracts and maps
 * (crawlSource.ts): should that read end last, its tail counts in `map`.
 *
 * and every query the crawler's `pg` client sends is counted by wrapping
 * `pg.Client.prototype.query` for the duration of the crawl.
 */
import pg from 'pg';
import type { Driver } from 'neo4j-driver';
import { crawlSource, GraphWriter, meshSnapshot, type CrawlResult } from '@polder/crawlers';
import { dropDatabase, type Logger, type PostgresConnection, type SourceConfigOf } from '@polder/runtime';
import { preparePostgresBenchDatabase, postgresBenchDatabaseName, type PostgresBenchShape, type PreparedPostgresBenchDatabase } from './postgresBenchDatabase.ts';

/** Bench sources are `bench-pg-<tables>x<columns>`; whatever carries the prefix is the bench's to delete. */
const SOURCE_PREFIX = 'bench-pg-';
const DOMAIN = 'bench-postgres';
const MESH_PROVIDER = 'config:bench-pg';
const PASSWORD_ENV = 'POLDER_BENCH_PG_PASSWORD';

export interface PostgresBenchOptions extends PostgresBenchShape {
  /** Drop and regenerate the bench databases even when an earlier run's are there. */
  fresh?: boolean;
  /** Drop the bench databases at the end (they are kept for the next run by default). */
  drop?: boolean;
}

/** One crawl, timed by phase. */
export interface CrawlMeasurement {
  /** Queries the crawler sent to PostgreSQL (counted on the pg client), and rows they returned. */
  queries: number;
  rows: number;
  /** The crawler's own count of its queries (`stats.queries`), which the test compares with `queries`. */
  crawlerQueries: number;
  extractSeconds: number;
  mapSeconds: number;
  writeSeconds: number;
  totalSeconds: number;
  result: CrawlResult;
}

export interface PostgresBenchSize {
  shape: PostgresBenchShape;
  database: PreparedPostgresBenchDatabase;
  first: CrawlMeasurement;
  unchanged: CrawlMeasurement;
  /** Active datasets and fields of the bench source in the graph after both crawls. */
  inGraph: { datasets: number; fields: number };
}

export interface PostgresBenchResult {
  sizes: PostgresBenchSize[];
}

/** The two sizes a run measures: a tenth of the tables, then all of them. */
export function postgresBenchSizes(shape: PostgresBenchShape): PostgresBenchShape[] {
  return [{ tables: Math.max(1, Math.round(shape.tables / 10)), columns: shape.columns }, shape];
}

export async function runPostgresBench(driver: Driver, neo4jDatabase: string | undefined, postgres: PostgresConnection, logger: Logger, options: PostgresBenchOptions): Promise<PostgresBenchResult> {
  const shapes = postgresBenchSizes(options);
  const databases: PreparedPostgresBenchDatabase[] = [];
  for (const shape of shapes) {
    logger.info({ database: postgresBenchDatabaseName(shape) }, `bench postgres: preparing ${shape.tables.toLocaleString('en')} tables × ${shape.columns} columns`);
    databases.push(await preparePostgresBenchDatabase(postgres, shape, { fresh: options.fresh }));
  }
  const sources = shapes.map((shape) => postgresBenchSource(postgres, shape));
  await deletePostgresBenchGraph(driver, neo4jDatabase);
  try {
    await writePostgresBenchMesh(driver, neo4jDatabase, sources.map(({ source }) => source));
    const sizes: PostgresBenchSize[] = [];
    for (const [index, { source, env }] of sources.entries()) {
      const first = await measureCrawl(driver, neo4jDatabase, source, env, logger);
      const unchanged = await measureCrawl(driver, neo4jDatabase, source, env, logger);
      const inGraph = await countInGraph(driver, neo4jDatabase, source.id);
      sizes.push({ shape: shapes[index]!, database: databases[index]!, first, unchanged, inGraph });
    }
    return { sizes };
  } finally {
    await deletePostgresBenchGraph(driver, neo4jDatabase);
    if (options.drop) for (const shape of shapes) await dropDatabase(postgres, postgresBenchDatabaseName(shape));
  }
}

/** The bench database of `shape` as a postgres source of polder.yaml, with its password passed by env name. */
export function postgresBenchSource(postgres: PostgresConnection, shape: PostgresBenchShape): { source: SourceConfigOf<'postgres'>; env: NodeJS.ProcessEnv } {
  return {
    source: {
      id: `${SOURCE_PREFIX}${shape.tables}x${shape.columns}`,
      kind: 'postgres',
      domain: DOMAIN,
      connection: { host: postgres.host, port: postgres.port, database: postgresBenchDatabaseName(shape), user: postgres.user, passwordEnv: PASSWORD_ENV },
      include: [],
      exclude: [],
    },
    env: { [PASSWORD_ENV]: postgres.password },
  };
}

/** The domain and source nodes the crawled datasets hang from, as `polder crawl` writes the mesh first. */
export async function writePostgresBenchMesh(driver: Driver, neo4jDatabase: string | undefined, sources: SourceConfigOf<'postgres'>[]): Promise<void> {
  const snapshot = meshSnapshot({ domains: [{ id: DOMAIN, name: 'Bench (PostgreSQL)', description: 'Generated by npx polder bench postgres; deleted when it ends.' }], sources });
  await new GraphWriter(driver, neo4jDatabase).write({ ...snapshot, provider: MESH_PROVIDER });
}

/** One run of `crawlSource`, timed by phase from the outside, with the queries sent to PostgreSQL counted. */
export async function measureCrawl(driver: Driver, neo4jDatabase: string | undefined, source: SourceConfigOf<'postgres'>, env: NodeJS.ProcessEnv, logger: Logger): Promise<CrawlMeasurement> {
  const watch = watchPgQueries();
  let readingAt: number | undefined;
  let writingAt: number | undefined;
  try {
    const started = performance.now();
    const result = await crawlSource(driver, source, {
      logger,
      database: neo4jDatabase,
      env,
      onProgress: (event) => {
        if (event.phase === 'reading') readingAt ??= performance.now();
        else writingAt ??= performance.now();
      },
    });
    const ended = performance.now();
    const seen = watch.seen();
    if (readingAt === undefined || writingAt === undefined || seen.lastAnswerAt === undefined) throw new Error('bench postgres: the crawl did not report its phases');
    return {
      queries: seen.queries,
      rows: seen.rows,
      crawlerQueries: result.stats.queries ?? Number.NaN,
      extractSeconds: (seen.lastAnswerAt - readingAt) / 1000,
      mapSeconds: (writingAt - seen.lastAnswerAt) / 1000,
      writeSeconds: (ended - writingAt) / 1000,
      totalSeconds: (ended - started) / 1000,
      result,
    };
  } finally {
    watch.stop();
  }
}

/**
 * Counts the queries every `pg.Client` of this process sends until `stop()`, the rows
 * they return, and when the last answer came. During a crawl, the crawler's client is
 * the only one (the graph is reached through the Neo4j driver).
 */
function watchPgQueries(): { seen(): { queries: number; rows: number; lastAnswerAt?: number }; stop(): void } {
  type Query = (this: pg.Client, ...args: unknown[]) => unknown;
  const prototype = pg.Client.prototype as unknown as { query: Query };
  const original = prototype.query;
  const seen: { queries: number; rows: number; lastAnswerAt?: number } = { queries: 0, rows: 0 };
  prototype.query = function (this: pg.Client, ...args: unknown[]) {
    seen.queries++;
    const answer = original.apply(this, args);
    if (answer instanceof Promise) {
      // A side branch only: the caller gets (and handles) the original promise.
      answer.then(
        (result: pg.QueryResult) => {
          seen.rows += result.rows?.length ?? 0;
          seen.lastAnswerAt = performance.now();
        },
        () => undefined,
      );
    }
    return answer;
  };
  return {
    seen: () => ({ ...seen }),
    stop: () => {
      prototype.query = original;
    },
  };
}

// Index: entity_provider (migration 002).
async function countInGraph(driver: Driver, neo4jDatabase: string | undefined, sourceId: string): Promise<{ datasets: number; fields: number }> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity {provider: $provider}) WHERE n.status = 'ACTIVE'
     RETURN count(CASE WHEN n:Dataset THEN 1 END) AS datasets, count(CASE WHEN n:Field THEN 1 END) AS fields`,
    { provider: `postgres:${sourceId}` },
    { database: neo4jDatabase },
  );
  return { datasets: Number(records[0]!.get('datasets')), fields: Number(records[0]!.get('fields')) };
}

/** Deletes whatever any run of this bench wrote: nodes, their outbox entries, its mesh and its crawl runs. */
export async function deletePostgresBenchGraph(driver: Driver, neo4jDatabase: string | undefined): Promise<void> {
  const session = driver.session({ database: neo4jDatabase });
  try {
    // Implicit transactions: CALL ... IN TRANSACTIONS keeps memory flat however much there is to delete.
    // Index: entity_provider (migration 002), a prefix seek.
    await session.run(`MATCH (n:Entity) WHERE n.provider STARTS WITH $prefix OR n.provider = $mesh CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, {
      prefix: `postgres:${SOURCE_PREFIX}`,
      mesh: MESH_PROVIDER,
    });
    await session.run(
      `MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox) WHERE o.urn CONTAINS $crawled OR o.urn STARTS WITH $sources OR o.urn = $domain
       CALL (o) { DELETE o } IN TRANSACTIONS OF 5000 ROWS`,
      { crawled: `(postgres,${SOURCE_PREFIX}`, sources: `urn:polder:source:${SOURCE_PREFIX}`, domain: `urn:polder:domain:${DOMAIN}` },
    );
    await session.run(`MATCH (r:CrawlRun) WHERE r.sourceUrn STARTS WITH $sources DELETE r`, { sources: `urn:polder:source:${SOURCE_PREFIX}` });
  } finally {
    await session.close();
  }
}

/** What `npx polder bench postgres` prints after its header line. */
export function formatPostgresBench(result: PostgresBenchResult): string[] {
  const n = (value: number) => value.toLocaleString('en');
  const s = (seconds: number) => `${seconds.toFixed(2)} s`;
  const lines: string[] = [];
  for (const { shape, database } of result.sizes) {
    const i = database.inventory;
    lines.push(
      `  source ${n(shape.tables)} × ${shape.columns}: ${n(i.tables)} tables, ${n(i.partitionedTables)} partitioned with ${n(i.partitions)} partitions, ${n(i.views)} views, ${n(i.materializedViews)} materialized views in ${i.schemas} schemas;`,
      `    ${n(i.columns)} columns, ${n(i.foreignKeys)} foreign keys, comments on ${n(i.relationComments)} relations and ${n(i.columnComments)} columns`,
      `    database ${database.database}: ${database.generated ? `generated in ${database.generateSeconds.toFixed(1)} s` : `reused (generated in ${database.generateSeconds.toFixed(1)} s by an earlier run)`}`,
    );
  }
  const columns = result.sizes.flatMap(({ first, unchanged }) => [first, unchanged]);
  const row = (label: string, cell: (m: CrawlMeasurement) => string) => `  ${label.padEnd(22)}${columns.map((m) => cell(m).padStart(11)).join('')}`;
  lines.push(
    `  crawlSource, as \`polder crawl\` runs it, into Neo4j:`,
    `  ${''.padEnd(22)}${result.sizes.map(({ shape }) => `${n(shape.tables)} tables`.padStart(22)).join('')}`,
    `  ${''.padEnd(22)}${result.sizes.map(() => `${'first'.padStart(11)}${'unchanged'.padStart(11)}`).join('')}`,
    row('queries to PostgreSQL', (m) => n(m.queries)),
    row('rows returned', (m) => n(m.rows)),
    row('extract (catalog)', (m) => s(m.extractSeconds)),
    row('map', (m) => s(m.mapSeconds)),
    row('write (+ run record)', (m) => s(m.writeSeconds)),
    row('crawl in all', (m) => s(m.totalSeconds)),
    `  ${'unchanged / first'.padEnd(22)}${result.sizes.map(({ first, unchanged }) => `${''.padStart(11)}${`${Math.round((unchanged.totalSeconds / first.totalSeconds) * 100)}%`.padStart(11)}`).join('')}`,
  );
  const large = result.sizes.at(-1)!;
  const small = result.sizes[0]!;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  lines.push(
    `  in graph: ${result.sizes.map(({ shape, inGraph }) => `${n(inGraph.datasets)} datasets and ${n(inGraph.fields)} fields of ${n(shape.tables)} × ${shape.columns}`).join('; ')}${result.sizes.every(complete) ? ' (all of them)' : ' (MISSING SOME)'}`,
    // The issue's goal is for 10,000 tables; at another size the figure is shown, not judged.
    large.shape.tables === 10_000
      ? `  goal: first crawl of 10,000 tables <= 20 s: ${s(large.first.totalSeconds)}, ${met(large.first.totalSeconds <= 20)}`
      : `  goal: first crawl of 10,000 tables <= 20 s (not this size): ${n(large.shape.tables)} tables took ${s(large.first.totalSeconds)}`,
    `  goal: queries do not grow with tables: ${small.first.queries} at ${n(small.shape.tables)}, ${large.first.queries} at ${n(large.shape.tables)}, ${met(large.first.queries <= small.first.queries)}`,
    `  goal: unchanged re-crawl <= 30% of the first: ${Math.round((large.unchanged.totalSeconds / large.first.totalSeconds) * 100)}%, ${met(large.unchanged.totalSeconds <= 0.3 * large.first.totalSeconds)}`,
  );
  return lines;
}

/** Every relation landed as a dataset and every column as a field. */
export function complete({ shape, inGraph }: Pick<PostgresBenchSize, 'shape' | 'inGraph'>): boolean {
  return inGraph.datasets === shape.tables && inGraph.fields === shape.tables * shape.columns;
}
