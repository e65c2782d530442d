import type { SourceConfigOf } from '@polder/runtime';
import type { SqliteFile } from './extract.ts';

/** The file of a `kind: sqlite` source; loadConfig has already made its path absolute (relative to polder.yaml). */
export function sqliteFile(source: SourceConfigOf<'sqlite'>): SqliteFile {
  return { path: source.path };
}
