/**
 * Restores a backup (see backupFormat.ts) into an empty, migrated graph. The whole
 * file is read and checked before anything is written (so it is held in memory:
 * about the size of the file) (format, version, migrations,
 * labels, types, that every relationship joins nodes of the file); then nodes and
 * relationships are created in batches, each node tagged with its id in the file
 * until the relationships are in. If a write fails half-way, what was written is
 * removed again: the target is empty, as before.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { MIGRATIONS } from '@polder/graph-schema';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFormatError, IDENTIFIER, refuseFolder, type BackupHeader, type BackupNode, type BackupRelationship, type EncodedValue } from './backupFormat.ts';

const BATCH = 5_000;
const IMPORTING = '_PolderImport';

export interface ImportCounts {
  nodes: number;
  relationships: number;
}

export async function importGraph(driver: Driver, database: string, file: string): Promise<ImportCounts> {
  const { nodes, relationships } = await readBackup(file);
  const present = await driver.executeQuery(`MATCH (n) WHERE NOT n:Migration RETURN count(n) AS count`, {}, { database });
  if (present.records[0]!.get('count') > 0) throw new BackupFormatError('the target graph is not empty: restore into a fresh instance (or delete its data first)');

  await driver.executeQuery(`CREATE INDEX polder_import_id IF NOT EXISTS FOR (n:${IMPORTING}) ON (n.importId)`, {}, { database });
  await driver.executeQuery(`CALL db.awaitIndexes(300)`, {}, { database });
  try {
    for (const [labels, rows] of groupBy(nodes, (node) => node.labels.join(':'))) {
      for (const batch of batches(rows)) {
        await driver.executeQuery(
          `UNWIND $rows AS row CREATE (n:${IMPORTING}${labels ? `:${labels}` : ''}) SET n = row.props, n.importId = row.id`,
          { rows: batch.map((node) => ({ id: node.id, props: decodeProperties(node.props) })) },
          { database },
        );
      }
    }
    for (const [type, rows] of groupBy(relationships, (relationship) => relationship.type)) {
      for (const batch of batches(rows)) {
        await driver.executeQuery(
          `UNWIND $rows AS row
           MATCH (a:${IMPORTING} {importId: row.from}) MATCH (b:${IMPORTING} {importId: row.to})
           CREATE (a)-[r:${type}]->(b) SET r = row.props`,
          { rows: batch.map((relationship) => ({ from: relationship.from, to: relationship.to, props: decodeProperties(relationship.props) })) },
          { database },
        );
      }
    }
    await inTransactions(driver, database, `MATCH (n:${IMPORTING}) CALL (n) { REMOVE n:${IMPORTING}, n.importId } IN TRANSACTIONS OF 10000 ROWS`);
  } catch (error) {
    await inTransactions(driver, database, `MATCH (n:${IMPORTING}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
    throw error;
  } finally {
    await driver.executeQuery(`DROP INDEX polder_import_id IF EXISTS`, {}, { database });
  }
  return { nodes: nodes.length, relationships: relationships.length };
}

/** Reads and checks the whole file; nothing is written if any line is wrong. */
export async function readBackup(file: string): Promise<{ header: BackupHeader; nodes: BackupNode[]; relationships: BackupRelationship[] }> {
  await refuseFolder(file);
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let header: BackupHeader | undefined;
  const nodes: BackupNode[] = [];
  const relationships: BackupRelationship[] = [];
  const ids = new Set<string>();
  let number = 0;
  for await (const text of lines) {
    number++;
    if (text.trim() === '') continue;
    const fail = (message: string): never => {
      throw new BackupFormatError(`${file}, line ${number}: ${message}`);
    };
    let line: Record<string, any>;
    try {
      line = JSON.parse(text);
    } catch (error) {
      return fail(`not JSON (${(error as Error).message})`);
    }
    if (!header) {
      if (line.format !== BACKUP_FORMAT) fail(`not a Polder backup (expected "format": "${BACKUP_FORMAT}" on the first line)`);
      if (line.version !== BACKUP_VERSION) fail(`backup version ${line.version}; this Polder restores version ${BACKUP_VERSION}`);
      const known = new Set(MIGRATIONS.map((migration) => migration.id));
      const newer = (line.migrations as string[]).filter((id) => !known.has(id));
      if (newer.length > 0) fail(`made by a newer Polder (migrations ${newer.join(', ')} are unknown here)`);
      header = line as BackupHeader;
    } else if (line.node) {
      const node = line.node as BackupNode;
      if (typeof node.id !== 'string' || !Array.isArray(node.labels) || typeof node.props !== 'object') fail('a node needs id, labels and props');
      const bad = node.labels.find((label) => !IDENTIFIER.test(label) || label === IMPORTING);
      if (bad !== undefined) fail(`label ${JSON.stringify(bad)} is not a plain identifier`);
      if (ids.has(node.id)) fail(`node id ${node.id} appears twice`);
      ids.add(node.id);
      nodes.push(node);
    } else if (line.rel) {
      const relationship = line.rel as BackupRelationship;
      if (!IDENTIFIER.test(String(relationship.type))) fail(`relationship type ${JSON.stringify(relationship.type)} is not a plain identifier`);
      if (!ids.has(relationship.from) || !ids.has(relationship.to)) fail(`relationship ${relationship.type} joins a node that is not in the file (${relationship.from} → ${relationship.to})`);
      relationships.push(relationship);
    } else {
      fail('expected a "node" or a "rel"');
    }
  }
  if (!header) throw new BackupFormatError(`${file} is empty`);
  return { header, nodes, relationships };
}

export function decodeProperties(props: Record<string, EncodedValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, decodeValue(value)]));
}

function decodeValue(value: EncodedValue): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value !== null && typeof value === 'object') return neo4j.int((value as { $int: string }).$int) as Integer;
  return value;
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
