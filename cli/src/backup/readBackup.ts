/**
 * Reads a backup file (backupFormat.ts) whole and checks the shape of every line before a
 * restore writes anything, so that a damaged or hand-edited file is refused by its line
 * (`<file>, line 4: …`) rather than failing half-way through the writes, or slipping a wrong
 * value into the graph. The file is held in memory: about its own size.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { MIGRATIONS } from '@polder/graph-schema';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFormatError, IDENTIFIER, refuseFolder, type BackupHeader, type BackupNode, type BackupRelationship } from './backupFormat.ts';
import { isRecord, propertiesProblem } from './encodedProperties.ts';
import { IMPORT_ID } from './restoreNames.ts';

export interface Backup {
  header: BackupHeader;
  nodes: BackupNode[];
  relationships: BackupRelationship[];
}

/**
 * The target's own migration bookkeeping: it applies its migrations before a restore. (The
 * restore's own labels, restoreNames.ts, begin with `_` and so are no plain identifier.)
 */
const MIGRATION_LABEL = 'Migration';

/** Reads and checks the whole file; throws a BackupFormatError naming the first wrong line. */
export async function readBackup(file: string): Promise<Backup> {
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
    let line: unknown;
    try {
      line = JSON.parse(text);
    } catch (error) {
      throw new BackupFormatError(`${file}, line ${number}: not JSON (${(error as Error).message})`);
    }
    const refuse = (problem: string | null) => {
      if (problem) throw new BackupFormatError(`${file}, line ${number}: ${problem}`);
    };
    if (!header) {
      refuse(headerProblem(line));
      header = line as BackupHeader;
    } else if (isRecord(line) && 'node' in line && !('rel' in line)) {
      refuse(nodeProblem(line.node, ids));
      const node = line.node as BackupNode;
      ids.add(node.id);
      nodes.push(node);
    } else if (isRecord(line) && 'rel' in line && !('node' in line)) {
      refuse(relationshipProblem(line.rel, ids));
      relationships.push(line.rel as BackupRelationship);
    } else {
      refuse('expected a "node" or a "rel"');
    }
  }
  if (!header) throw new BackupFormatError(`${file} is empty`);
  return { header, nodes, relationships };
}

function headerProblem(line: unknown): string | null {
  if (!isRecord(line) || line.format !== BACKUP_FORMAT) return `not a Polder backup (expected "format": "${BACKUP_FORMAT}" on the first line)`;
  if (line.version !== BACKUP_VERSION) return `backup version ${JSON.stringify(line.version)}; this Polder restores version ${BACKUP_VERSION}`;
  if (typeof line.exportedAt !== 'string') return 'the header has no "exportedAt" time';
  const migrations = line.migrations;
  if (!Array.isArray(migrations) || !migrations.every((id) => typeof id === 'string')) return 'the header has no "migrations" list of migration ids';
  const known = new Set(MIGRATIONS.map((migration) => migration.id));
  const newer = migrations.filter((id) => !known.has(id));
  if (newer.length > 0) return `made by a newer Polder (migrations ${newer.join(', ')} are unknown here)`;
  return null;
}

function nodeProblem(node: unknown, ids: Set<string>): string | null {
  if (!isRecord(node) || typeof node.id !== 'string') return 'a node needs an "id" string, "labels" and "props"';
  if (!Array.isArray(node.labels)) return `node ${node.id}: "labels" must be a list of labels`;
  const bad = node.labels.find((label) => typeof label !== 'string' || !IDENTIFIER.test(label));
  if (bad !== undefined) return `label ${JSON.stringify(bad)} is not a plain identifier`;
  if (node.labels.includes(MIGRATION_LABEL)) return `label "${MIGRATION_LABEL}" is the target's own migration bookkeeping`;
  const props = propertiesProblem(node.props, [IMPORT_ID]);
  if (props) return `node ${node.id}: ${props}`;
  if (ids.has(node.id)) return `node id ${node.id} appears twice`;
  return null;
}

function relationshipProblem(relationship: unknown, ids: Set<string>): string | null {
  if (!isRecord(relationship)) return 'a relationship needs "type", "from", "to" and "props"';
  const { type, from, to } = relationship;
  if (typeof type !== 'string' || !IDENTIFIER.test(type)) return `relationship type ${JSON.stringify(type)} is not a plain identifier`;
  if (typeof from !== 'string' || typeof to !== 'string') return `relationship ${type}: "from" and "to" must be node ids`;
  if (!ids.has(from) || !ids.has(to)) return `relationship ${type} joins a node that is not in the file (${from} → ${to})`;
  const props = propertiesProblem(relationship.props);
  if (props) return `relationship ${type} (${from} → ${to}): ${props}`;
  return null;
}
