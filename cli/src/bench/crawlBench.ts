/**
 * A huge source's full crawl write: a deterministic synthetic source (10,000
 * tables × 10 columns by default) written by GraphWriter from nothing, then
 * once more unchanged, with every Cypher statement the writer sends counted by
 * kind. The counts show how the writer scales: statements per kind follow the
 * number of rows divided by the batch size, never the number of tables.
 *
 * Statements are counted by wrapping the driver's transactions, so the writer
 * runs exactly as a crawl runs it.
 */
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { GraphWriter, type WriteCounts } from '@polder/crawlers';
import { generateSyntheticMesh } from './syntheticMesh.ts';
import { deleteBenchAssets } from './deleteBenchAssets.ts';

export const CRAWL_BENCH_PROVIDER = 'bench:domain0';

export interface CrawlBenchOptions {
  tables: number;
  columns: number;
}

export interface CrawlBenchResult extends CrawlBenchOptions {
  nodes: number;
  edges: number;
  writeSeconds: number;
  counts: WriteCounts;
  /** Statement kind (its first Cypher clauses, label or type included) → how many were sent. */
  statements: Map<string, number>;
  /** Write transactions committed (stages) and read transactions. */
  transactions: { write: number; read: number };
  rerunSeconds: number;
  rerunStatements: number;
}

export async function runCrawlBench(driver: Driver, database: string | undefined, options: CrawlBenchOptions): Promise<CrawlBenchResult> {
  const [snapshot] = generateSyntheticMesh({ domains: 1, tablesPerDomain: options.tables, columnsPerTable: options.columns, viewShare: 0.2 });
  const mesh = snapshot!;
  await deleteBenchAssets(driver, database, CRAWL_BENCH_PROVIDER);
  try {
    const first = countingDriver(driver);
    const started = performance.now();
    const counts = await new GraphWriter(first.driver, database).write(mesh);
    const writeSeconds = (performance.now() - started) / 1000;

    const again = countingDriver(driver);
    const rerun = performance.now();
    await new GraphWriter(again.driver, database).write(mesh);
    const rerunSeconds = (performance.now() - rerun) / 1000;
    return {
      ...options,
      nodes: mesh.nodes.length,
      edges: mesh.edges.length,
      writeSeconds,
      counts,
      statements: first.statements,
      transactions: first.transactions,
      rerunSeconds,
      rerunStatements: [...again.statements.values()].reduce((sum, n) => sum + n, 0),
    };
  } finally {
    await deleteBenchAssets(driver, database, CRAWL_BENCH_PROVIDER);
  }
}

/**
 * The statement's kind: its first two clauses up to the first property map, plus the relationship
 * type it names, e.g. `UNWIND $rows AS row MERGE (n:Field` or `UNWIND $rows AS row MATCH (a:Entity -[:HAS_FIELD]->`.
 */
function statementKind(cypher: string): string {
  const flat = cypher.replace(/\s+/g, ' ').trim();
  const head = flat.split(/ (?=MATCH|MERGE|SET|RETURN|DELETE|WITH|WHERE|CALL)/).slice(0, 2).join(' ').replace(/ ?\{.*$/, '');
  const type = /\[r:([A-Z_]+)/.exec(flat)?.[1];
  return type ? `${head} -[:${type}]->` : head;
}

/** The same driver, whose sessions count each statement by kind and each transaction by mode. */
function countingDriver(driver: Driver): { driver: Driver; statements: Map<string, number>; transactions: { write: number; read: number } } {
  const statements = new Map<string, number>();
  const transactions = { write: 0, read: 0 };
  const counted = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'run') return Reflect.get(target, property, receiver);
        return (cypher: string, parameters?: Record<string, unknown>) => {
          const kind = statementKind(cypher);
          statements.set(kind, (statements.get(kind) ?? 0) + 1);
          return target.run(cypher, parameters);
        };
      },
    });
  const countingSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property, receiver) {
        if (property === 'executeWrite' || property === 'executeRead') {
          return <T>(work: (tx: ManagedTransaction) => Promise<T>) => {
            if (property === 'executeWrite') transactions.write++;
            else transactions.read++;
            return target[property]((tx) => work(counted(tx)));
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') return (...args: Parameters<Driver['session']>) => countingSession(target.session(...args));
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: wrapped, statements, transactions };
}

