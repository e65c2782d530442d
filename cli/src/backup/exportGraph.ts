/**
 * Writes the whole graph to a backup file (see backupFormat.ts): every node and
 * relationship with all its properties, human edits, glossary, polysemes, audit
 * trail and run history included. Records stream from one read query per kind
 * (the driver pulls them as the file takes them), so memory holds no more than the nodes' ids
 * (writeBackupLines.ts, which also keeps out a relationship made during the export to a node the
 * file does not have). The search index is not in the backup: it is a projection, rebuilt after a
 * restore with `polder reindex`. The last line counts the others and carries their checksum
 * (backupFormat.ts), so that a restore can tell a whole file from one cut short.
 */
import { open, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { STREAMED_FETCH_SIZE } from '@polder/runtime';
import { BACKUP_FORMAT, BACKUP_VERSION, refuseFolder, type BackupEnd, type BackupHeader, type BackupLine, type BackupNode, type BackupRelationship, type EncodedValue } from './backupFormat.ts';
import { LinesChecksum } from './linesChecksum.ts';
import { writeBackupLines, type ExportCounts } from './writeBackupLines.ts';

export type { ExportCounts } from './writeBackupLines.ts';

// Migration bookkeeping is the target's own: it applies its migrations before the restore.
const NODES = `MATCH (n) WHERE NOT n:Migration
  RETURN elementId(n) AS id, labels(n) AS labels,
         [key IN keys(n) | [key, n[key], valueType(n[key])]] AS props`;
const RELATIONSHIPS = `MATCH (a)-[r]->(b) WHERE NOT a:Migration AND NOT b:Migration
  RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to,
         [key IN keys(r) | [key, r[key], valueType(r[key])]] AS props`;

export async function exportGraph(driver: Driver, database: string, file: string): Promise<ExportCounts> {
  // Written beside the target and renamed over it once complete: a failed export leaves no file that
  // looks like a backup, and does not spoil the backup already at that path.
  const partial = `${file}.partial`;
  await refuseFolder(file);
  // A mode applies only to a file open creates: one left by an export that was killed (or put
  // there by someone else) would keep its own, and the backup holds password and token hashes.
  await rm(partial, { force: true });
  const handle = await open(partial, 'wx', 0o600);
  const out = handle.createWriteStream({ encoding: 'utf8' });
  let failed: Error | undefined;
  out.on('error', (error) => (failed = error));
  const writeText = async (text: string) => {
    if (failed) throw failed;
    if (!out.write(`${text}\n`)) await once(out, 'drain');
  };
  // Every line but the end line goes into the end line's checksum.
  const checksum = new LinesChecksum();
  const write = async (line: BackupHeader | BackupLine) => {
    const text = JSON.stringify(line);
    checksum.add(text);
    await writeText(text);
  };
  let complete = false;
  try {
    const migrations = await driver.executeQuery(`MATCH (m:Migration) RETURN m.id AS id ORDER BY id`, {}, { database, routing: 'READ' });
    const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), migrations: migrations.records.map((record) => record.get('id')) };
    await write(header);
    // Streamed in batches, so a large graph never sits in memory whole (the driver pulls every other read in one).
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: STREAMED_FETCH_SIZE });
    let counts: ExportCounts;
    try {
      counts = await writeBackupLines(mapRecords(session.run(NODES), nodeOf), () => mapRecords(session.run(RELATIONSHIPS), relationshipOf), write);
    } finally {
      await session.close();
    }
    const end: BackupEnd = { nodes: counts.nodes, relationships: counts.relationships, sha256: checksum.hex() };
    await writeText(JSON.stringify({ end }));
    out.end();
    await once(out, 'close');
    if (failed) throw failed;
    await rename(partial, file);
    complete = true;
    return counts;
  } finally {
    if (!complete) {
      out.destroy();
      await rm(partial, { force: true });
    }
  }
}

function nodeOf(record: Neo4jRecord): BackupNode {
  return { id: record.get('id'), labels: [...record.get('labels')].sort(), props: encodeProperties(record.get('props')) };
}

function relationshipOf(record: Neo4jRecord): BackupRelationship {
  return { type: record.get('type'), from: record.get('from'), to: record.get('to'), props: encodeProperties(record.get('props')) };
}

async function* mapRecords<T>(records: AsyncIterable<Neo4jRecord>, map: (record: Neo4jRecord) => T): AsyncGenerator<T> {
  for await (const record of records) yield map(record);
}

function encodeProperties(entries: Array<[string, unknown, string]>): Record<string, EncodedValue> {
  const props: Record<string, EncodedValue> = {};
  for (const [key, value, type] of entries) props[key] = encodeValue(value, type, key);
  return props;
}

/** `type` is Cypher's valueType(), e.g. "INTEGER NOT NULL" or "LIST<FLOAT NOT NULL> NOT NULL". */
export function encodeValue(value: unknown, type: string, key: string): EncodedValue {
  const base = type.replace(/ NOT NULL/g, '');
  if (base === 'INTEGER') return { $int: String(value) };
  if (base === 'LIST<NOTHING>') return [];
  if (base === 'LIST<INTEGER>') return (value as unknown[]).map((item) => ({ $int: String(item) }));
  if (['STRING', 'FLOAT', 'BOOLEAN', 'NULL'].includes(base) || /^LIST<(STRING|FLOAT|BOOLEAN)>$/.test(base)) return value as EncodedValue;
  // Polder writes times as ISO strings; a temporal or spatial value was written by someone else.
  throw new Error(`property "${key}" holds a ${base}, which Polder's backup does not carry`);
}
