/**
 * Reads a contract source's files: the one file `path` names, or every
 * `*.odcs.yaml` / `*.odcs.yml` directly in the directory it names (not in its
 * subdirectories), sorted by name so that runs and messages are deterministic.
 * The only file of this source that does I/O: it returns the texts untouched,
 * and everything else (parsing, validation, mapping) is pure.
 *
 * A file it cannot take as a contract's text fails the run (ContractError), so
 * nothing is written: one that is not UTF-8 (decoding it anyway would change the
 * contract's words), one over MAX_CONTRACT_BYTES, a directory or anything else
 * that is not a regular file, and, in a directory source, a symbolic link that
 * leads out of the directory (whoever may add a contract must not be able to
 * have Polder read, and echo in its messages, any file the crawler can read).
 */
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative } from 'node:path';
import { ContractError } from './ContractError.ts';

export interface ContractFile {
  /** As messages name it: relative to the source's directory (the file name, for a file source). */
  name: string;
  text: string;
}

const CONTRACT_FILE = /\.odcs\.ya?ml$/;

/** Far above any real contract (ODCS's full example is 10 KB): a bound on what one file may cost to parse. */
export const MAX_CONTRACT_BYTES = 10 * 1024 * 1024;

export async function extractContractFiles(path: string): Promise<ContractFile[]> {
  const entry = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new ContractError(error.code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path}: ${error.message}`);
  });
  if (!entry.isDirectory()) return [await readContract(path, basename(path))];
  const listed = await readdir(path).catch((error: Error) => {
    throw new ContractError(`cannot read ${path}: ${error.message}`);
  });
  const names = listed.filter((name) => CONTRACT_FILE.test(name)).sort();
  const directory = await realpath(path);
  return Promise.all(names.map((name) => readContract(join(path, name), name, directory)));
}

/** `directory`: the real path of a directory source, which the file must not lead out of. */
async function readContract(path: string, name: string, directory?: string): Promise<ContractFile> {
  let bytes: Buffer;
  try {
    if (directory !== undefined) {
      const target = relative(directory, await realpath(path));
      if (target.startsWith('..') || isAbsolute(target)) throw new ContractError(`${path} is a symbolic link that leads out of ${directory}: a contract must be in its source's directory`);
    }
    // Before opening it: opening a named pipe would wait for a writer.
    const kind = await stat(path);
    if (kind.isDirectory()) throw new ContractError(`${path} is a directory, not a contract file`);
    if (!kind.isFile()) throw new ContractError(`${path} is not a regular file`);
    // The size from the handle that reads it: the file cannot be swapped in between.
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (info.size > MAX_CONTRACT_BYTES) throw new ContractError(`${path} is ${info.size} bytes: a contract file may have ${MAX_CONTRACT_BYTES} at most`);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ContractError) throw error;
    throw new ContractError(`cannot read ${path}: ${(error as Error).message}`);
  }
  return { name, text: utf8Text(path, bytes) };
}

/** The text of UTF-8 bytes (a leading byte order mark dropped), or a ContractError at the line of the first byte that is not. */
function utf8Text(path: string, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Decoded leniently, the first bad byte is the first replacement character (or a real one before it: close enough).
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, Math.max(lenient.indexOf('\uFFFD'), 0)).split('\n').length;
    throw new ContractError(`${path}:${line} is not UTF-8 text (save the contract as UTF-8)`);
  }
}
