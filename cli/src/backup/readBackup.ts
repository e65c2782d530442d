/**
 * Reads a backup file (backupFormat.ts) whole and checks the shape of every line before a
 * restore writes anything, so that a damaged or hand-edited file is refused by its line
 * (`<file>, line 4: …`) rather than failing half-way through the writes, or slipping a wrong
 * value into the graph; and checks the file against its end line, so that one cut short, or with
 * lines lost or changed, is refused too. The file is held in memory: about its own size.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { MIGRATIONS } from '@polder/graph-schema';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupFormatError,
  IDENTIFIER,
  refuseFolder,
  VERSION_WITHOUT_END,
  type BackupEnd,
  type BackupHeader,
  type BackupNode,
  type BackupRelationship,
} from './backupFormat.ts';
import { isRecord, propertiesProblem } from './encodedProperties.ts';
import { LinesChecksum } from './linesChecksum.ts';
import { IMPORT_ID } from './restoreNames.ts';

export interface Backup {
  header: BackupHeader;
  nodes: BackupNode[];
  relationships: BackupRelationship[];
  /** True when the end line vouched for the file; false for a version 1 backup, which has none (and was read only when asked for). */
  verified: boolean;
}

export interface ReadBackupOptions {
  /**
   * Read a version 1 backup, whose completeness cannot be checked, rather than refuse it.
   *
   * Refused unless asked for: such a file cut at a line boundary looks whole, and restoring it
   * would lose the rest of the graph without a word, the very failure the end line exists to stop.
   * But read when asked for: in a disaster an old backup may be the only one there is, and a
   * restore that will not take it at all is worse than one the operator checks by hand (the
   * command prints what it restored, to compare with what the export printed). A version 2 file
   * is checked against its end line whatever this says.
   */
  acceptVersion1?: boolean;
}

/**
 * The target's own migration bookkeeping: it applies its migrations before a restore. (The
 * restore's own labels, restoreNames.ts, begin with `_` and so are no plain identifier.)
 */
const MIGRATION_LABEL = 'Migration';

/** Reads and checks the whole file; throws a BackupFormatError naming the first wrong line, or what the end line finds missing. */
export async function readBackup(file: string, options: ReadBackupOptions = {}): Promise<Backup> {
  await refuseFolder(file);
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let header: BackupHeader | undefined;
  let end: (BackupEnd & { line: number }) | undefined;
  const nodes: BackupNode[] = [];
  const relationships: BackupRelationship[] = [];
  const ids = new Set<string>();
  const checksum = new LinesChecksum();
  let number = 0;
  for await (const text of lines) {
    number++;
    const refuse = (problem: string | null) => {
      if (problem) throw new BackupFormatError(`${file}, line ${number}: ${problem}`);
    };
    if (end) {
      // A line break or two after the end line is harmless; anything more is not what the export wrote.
      if (text.trim() !== '') refuse(`follows the end line (line ${end.line}), which must be the last`);
      continue;
    }
    // Every line before the end line is in its checksum, a blank one too: the export writes none.
    if (text.trim() === '') {
      checksum.add(text);
      continue;
    }
    let line: unknown;
    try {
      line = JSON.parse(text);
    } catch (error) {
      throw new BackupFormatError(`${file}, line ${number}: not JSON (${(error as Error).message})`);
    }
    if (!header) {
      refuse(headerProblem(line, options));
      header = line as BackupHeader;
    } else if (header.version !== VERSION_WITHOUT_END && isRecord(line) && 'end' in line && Object.keys(line).length === 1) {
      refuse(endProblem(line.end));
      end = { ...(line.end as BackupEnd), line: number };
      continue;
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
    checksum.add(text);
  }
  if (!header) throw new BackupFormatError(`${file} is empty`);
  if (header.version === VERSION_WITHOUT_END) return { header, nodes, relationships, verified: false };
  if (!end) {
    throw new BackupFormatError(
      `${file} stops at line ${number} without the end line every export writes last: the file is incomplete (cut short by a copy, a full disk or an edit), ` +
        `and restoring it would lose the rest of the graph; restore a complete copy, or export again`,
    );
  }
  if (end.nodes !== nodes.length || end.relationships !== relationships.length) {
    throw new BackupFormatError(
      `${file}, line ${end.line}: the end line counts ${end.nodes} nodes and ${end.relationships} relationships, but the file holds ${nodes.length} and ${relationships.length}: ` +
        `lines were lost or added since the export; restore an unchanged copy, or export again`,
    );
  }
  if (checksum.hex() !== end.sha256) {
    throw new BackupFormatError(`${file}, line ${end.line}: the lines before the end line do not match its sha256: the file was changed since the export; restore an unchanged copy, or export again`);
  }
  return { header, nodes, relationships, verified: true };
}

function headerProblem(line: unknown, { acceptVersion1 = false }: ReadBackupOptions): string | null {
  if (!isRecord(line) || line.format !== BACKUP_FORMAT) return `not a Polder backup (expected "format": "${BACKUP_FORMAT}" on the first line)`;
  if (line.version === VERSION_WITHOUT_END && !acceptVersion1) {
    return (
      `backup version ${VERSION_WITHOUT_END}, which has no end line: whether the file is complete cannot be checked. ` +
      `If it is the backup you have, restore it with --accept-version-1 and compare the counts printed with those its export printed; ` +
      `otherwise export a new backup with this Polder`
    );
  }
  if (line.version !== BACKUP_VERSION && line.version !== VERSION_WITHOUT_END) {
    return `backup version ${JSON.stringify(line.version)}; this Polder restores version ${BACKUP_VERSION} (and ${VERSION_WITHOUT_END}, with --accept-version-1)`;
  }
  if (typeof line.exportedAt !== 'string') return 'the header has no "exportedAt" time';
  const migrations = line.migrations;
  if (!Array.isArray(migrations) || !migrations.every((id) => typeof id === 'string')) return 'the header has no "migrations" list of migration ids';
  const known = new Set(MIGRATIONS.map((migration) => migration.id));
  const newer = migrations.filter((id) => !known.has(id));
  if (newer.length > 0) return `made by a newer Polder (migrations ${newer.join(', ')} are unknown here)`;
  return null;
}

function endProblem(end: unknown): string | null {
  const count = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
  if (!isRecord(end) || !count(end.nodes) || !count(end.relationships) || typeof end.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(end.sha256)) {
    return 'the end line needs "nodes" and "relationships" counts and a "sha256" of 64 hex digits';
  }
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
