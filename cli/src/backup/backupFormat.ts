/**
 * Polder's backup format: JSON Lines, so a graph of any size streams in and out.
 *
 *   {"format":"polder-backup","version":1,"exportedAt":"…","migrations":["001-…",…]}
 *   {"node":{"id":"4:…:0","labels":["Dataset","Entity"],"props":{"name":"customer",…}}}
 *   {"rel":{"type":"HAS_FIELD","from":"4:…:0","to":"4:…:7","props":{}}}
 *
 * Nodes come before the relationships that join them. Neo4j tells integers from
 * floats and JSON does not, so integers (and lists of them) are written as
 * `{"$int":"42"}`: a restore gives back the very same types.
 */
import { stat } from 'node:fs/promises';
export const BACKUP_FORMAT = 'polder-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  migrations: string[];
}

export type EncodedValue = string | number | boolean | null | { $int: string } | EncodedValue[];

export interface BackupNode {
  id: string;
  labels: string[];
  props: Record<string, EncodedValue>;
}

export interface BackupRelationship {
  type: string;
  from: string;
  to: string;
  props: Record<string, EncodedValue>;
}

export type BackupLine = { node: BackupNode } | { rel: BackupRelationship };

/** Labels and relationship types are spliced into Cypher (it cannot take them as parameters): only plain identifiers pass. */
export const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;

/** Thrown for a backup file that is not one, or that this version cannot restore; names the line. */
export class BackupFormatError extends Error {
  override name = 'BackupFormatError';
}

/** Refuses a folder named where a backup file belongs, before any work: reading or writing it would fail later, less clearly. */
export async function refuseFolder(file: string): Promise<void> {
  if ((await stat(file).catch(() => undefined))?.isDirectory()) throw new Error(`${file} is a folder, not a backup file`);
}
