/**
 * Reads a directory source's files: the one file `path` names, or every
 * `*.yaml`, `*.yml` and `*.json` directly in the directory it names (not in its
 * subdirectories), sorted by name so that runs and messages are deterministic.
 * The only file of this source that does I/O: it returns the texts untouched,
 * and everything else (parsing, checking, mapping) is pure.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DirectoryError } from './DirectoryError.ts';

export interface DirectoryFile {
  /** As messages name it: relative to the source's directory (the file name, for a file source). */
  name: string;
  text: string;
}

export const DIRECTORY_FILE = /\.(ya?ml|json)$/i;

export async function extractDirectoryFiles(path: string): Promise<DirectoryFile[]> {
  const entry = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new DirectoryError(error.code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path}: ${error.message}`);
  });
  if (!entry.isDirectory()) return [await readDirectoryFile(path, basename(path))];
  const names = (await readdir(path, { withFileTypes: true })).filter((file) => file.isFile() && DIRECTORY_FILE.test(file.name)).map((file) => file.name).sort();
  return Promise.all(names.map((name) => readDirectoryFile(join(path, name), name)));
}

async function readDirectoryFile(path: string, name: string): Promise<DirectoryFile> {
  try {
    return { name, text: await readFile(path, 'utf8') };
  } catch (error) {
    throw new DirectoryError(`cannot read ${path}: ${(error as Error).message}`);
  }
}
