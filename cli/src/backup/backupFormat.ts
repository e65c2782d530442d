/**
 * Polder's backup format: JSON Lines, so a graph of any size streams in and out.
 *
 *   {"format":"polder-backup","version":2,"exportedAt":"…","migrations":["001-…",…]}
 *   {"node":{"id":"4:…:0","labels":["Dataset","Entity"],"props":{"name":"customer",…}}}
 *   {"rel":{"type":"HAS_FIELD","from":"4:…:0","to":"4:…:7","props":{}}}
 *   {"end":{"nodes":1864,"relationships":2830,"sha256":"9f2c…"}}
 *
 * Nodes come before the relationships that join them. Neo4j tells integers from
 * floats and JSON does not, so integers (and lists of them) are written as
 * `{"$int":"42"}`: a restore gives back the very same types.
 *
 * The end line, last, counts what the file holds and carries the SHA-256 of every line before
 * it (linesChecksum.ts). Every other line is whole JSON, so a file cut at a line boundary (a copy
 * stopped short, a full disk, `head -n`) reads as a smaller graph: only the end line tells it from
 * a whole one. Version 1, before the end line, had none (readBackup.ts says how it is treated).
 */
import { stat } from 'node:fs/promises';
export const BACKUP_FORMAT = 'polder-backup';
export const BACKUP_VERSION = 2;

/** The version before the end line: a file of it cannot be checked for completeness. */
export const VERSION_WITHOUT_END = 1;

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

/** What the end line says the file holds: the nodes and relationships before it, and the SHA-256 (hex) of those lines and the header. */
export interface BackupEnd {
  nodes: number;
  relationships: number;
  sha256: string;
}

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
