/**
 * Restores a backup (see backupFormat.ts) into an empty, migrated graph, all or nothing. The
 * whole file is read and checked before anything is written (readBackup.ts); then nodes and
 * relationships are created in batches, each node labelled IMPORTING and tagged with its id in
 * the file until the relationships are in, and cleared of both at the end (restoreNames.ts).
 *
 * Those are many transactions, which no rollback undoes together. So the transaction that finds
 * the graph empty also creates a marker node (RESTORING), and the last step deletes it: while it
 * is there, everything in the graph but its migrations is an unfinished restore. A restore that
 * fails at any step, the final clearing of labels included, deletes all of that again, the marker
 * last; if it cannot (Neo4j stopped), the marker stays, the error says so, and the next restore
 * recognises the marker and deletes the leftovers before it starts. One transaction would make
 * the restore all or nothing by itself, as the crawl's writer does with a run that fits the
 * server's transaction memory (crawlers/src/writer/transactionBudget.ts), but a backup is the
 * whole graph, the very thing that may not fit: the marker would be needed anyway, and alone
 * it is enough.
 */
import type { Driver } from 'neo4j-driver';
import { MIGRATIONS, runMigrationStatements } from '@polder/graph-schema';
import { inWriteTransaction } from '@polder/runtime';
import { decodeProperties } from './encodedProperties.ts';
import { readBackup, type Backup, type ReadBackupOptions } from './readBackup.ts';
import { IMPORT_ID, IMPORT_INDEX, IMPORTING, RESTORING } from './restoreNames.ts';

const BATCH = 5_000;

export interface ImportCounts {
  nodes: number;
  relationships: number;
  /** Nodes an earlier restore left when it failed and could not remove them: deleted before this one began. */
  unfinishedRemoved: number;
}

export async function importGraph(driver: Driver, database: string, file: string, options?: ReadBackupOptions): Promise<ImportCounts> {
  return restoreBackup(driver, database, await readBackup(file, options), file);
}

/** Restores a backup already read and checked (readBackup), from `file`: the CLI reads it before it starts Neo4j. */
export async function restoreBackup(driver: Driver, database: string, { header, nodes, relationships }: Backup, file: string): Promise<ImportCounts> {
  // Outside the try: a graph refused as not empty is someone's data, never to be deleted.
  const unfinishedRemoved = await claimTarget(driver, database);
  try {
    if (unfinishedRemoved > 0) await deleteRestored(driver, database);
    await driver.executeQuery(`CREATE INDEX ${IMPORT_INDEX} IF NOT EXISTS FOR (n:${IMPORTING}) ON (n.${IMPORT_ID})`, {}, { database });
    await driver.executeQuery(`CALL db.awaitIndexes(300)`, {}, { database });
    for (const [labels, rows] of groupBy(nodes, (node) => node.labels.join(':'))) {
      for (const batch of batches(rows)) {
        await driver.executeQuery(
          `UNWIND $rows AS row CREATE (n:${IMPORTING}${labels ? `:${labels}` : ''}) SET n = row.props, n.${IMPORT_ID} = row.id`,
          { rows: batch.map((node) => ({ id: node.id, props: decodeProperties(node.props) })) },
          { database },
        );
      }
    }
    for (const [type, rows] of groupBy(relationships, (relationship) => relationship.type)) {
      for (const batch of batches(rows)) {
        await driver.executeQuery(
          `UNWIND $rows AS row
           MATCH (a:${IMPORTING} {${IMPORT_ID}: row.from}) MATCH (b:${IMPORTING} {${IMPORT_ID}: row.to})
           CREATE (a)-[r:${type}]->(b) SET r = row.props`,
          { rows: batch.map((relationship) => ({ from: relationship.from, to: relationship.to, props: decodeProperties(relationship.props) })) },
          { database },
        );
      }
    }
    await inTransactions(driver, database, `MATCH (n:${IMPORTING}) CALL (n) { REMOVE n:${IMPORTING}, n.${IMPORT_ID} } IN TRANSACTIONS OF 10000 ROWS`);
    await driver.executeQuery(`DROP INDEX ${IMPORT_INDEX} IF EXISTS`, {}, { database });
    await migrateRestoredData(driver, database, header.migrations);
    // The restore is complete once this commits.
    await driver.executeQuery(`MATCH (marker:${RESTORING}) DELETE marker`, {}, { database });
  } catch (error) {
    throw await undo(driver, database, file, error);
  }
  return { nodes: nodes.length, relationships: relationships.length, unfinishedRemoved };
}

/**
 * The target applied its migrations to an empty graph; a backup made by an older Polder brings data
 * from before some of them (a property renamed, a key added: migrations 012 and 013). Those run
 * again now, over the restored data, in order. Every migration is idempotent, so a schema statement
 * already applied changes nothing. Before the marker is deleted: one that fails undoes the restore.
 */
async function migrateRestoredData(driver: Driver, database: string, backupMigrations: readonly string[]): Promise<void> {
  const applied = new Set(backupMigrations);
  for (const migration of MIGRATIONS) {
    if (!applied.has(migration.id)) await runMigrationStatements(driver, migration, database);
  }
}

/**
 * In one transaction: refuses a graph that holds anything but its migrations, unless it is an
 * unfinished restore (its marker is there), and marks this restore begun. Returns how many
 * nodes an unfinished restore left (0 for an empty graph).
 */
async function claimTarget(driver: Driver, database: string): Promise<number> {
  return inWriteTransaction(driver, database, async (tx) => {
    const markers = await tx.run(`MATCH (marker:${RESTORING}) RETURN count(marker) AS count`);
    const present = await tx.run(`MATCH (n) WHERE NOT n:Migration AND NOT n:${RESTORING} RETURN count(n) AS count`);
    const nodes = Number(present.records[0]!.get('count'));
    if (Number(markers.records[0]!.get('count')) > 0) return nodes;
    // Not a BackupFormatError: nothing is wrong with the file or the command line, the instance is not one to restore into (exit 1, not 2).
    if (nodes > 0) throw new Error('the target graph is not empty: restore into a fresh instance (or delete its data first)');
    await tx.run(`CREATE (:${RESTORING} {startedAt: $now})`, { now: new Date().toISOString() });
    return 0;
  });
}

/** Every node but the migrations and the marker: all of them the restore's, since it began on an empty graph. */
async function deleteRestored(driver: Driver, database: string): Promise<void> {
  await inTransactions(driver, database, `MATCH (n) WHERE NOT n:Migration AND NOT n:${RESTORING} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
}

/** Empties the graph again after `error`; returns the error to throw: `error` itself, or, when the graph stays partly restored, one that says so and adds why. */
async function undo(driver: Driver, database: string, file: string, error: unknown): Promise<unknown> {
  try {
    await deleteRestored(driver, database);
    await driver.executeQuery(`DROP INDEX ${IMPORT_INDEX} IF EXISTS`, {}, { database });
    await driver.executeQuery(`MATCH (marker:${RESTORING}) DELETE marker`, {}, { database });
    return error;
  } catch (cleanup) {
    return new Error(
      `${messageOf(error)}; removing what the restore wrote failed too (${messageOf(cleanup)}), so the graph is partly restored: ` +
        `run \`npx polder backup restore ${file}\` again once Neo4j answers, which deletes the partial restore first`,
      { cause: error },
    );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function inTransactions(driver: Driver, database: string, cypher: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction.
  const session = driver.session({ database });
  try {
    await session.run(cypher);
  } finally {
    await session.close();
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

function* batches<T>(items: T[], size = BATCH): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
