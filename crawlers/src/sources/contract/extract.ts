/**
 * Reads a contract source's files: the one file `path` names, or every
 * `*.odcs.yaml` / `*.odcs.yml` directly in the directory it names (not in its
 * subdirectories), sorted by name so that runs and messages are deterministic.
 * The only file of this source that does I/O: it returns the texts untouched,
 * and everything else (parsing, validation, mapping) is pure.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ContractError } from './ContractError.ts';

export interface ContractFile {
  /** As messages name it: relative to the source's directory (the file name, for a file source). */
  name: string;
  text: string;
}

const CONTRACT_FILE = /\.odcs\.ya?ml$/;

export async function extractContractFiles(path: string): Promise<ContractFile[]> {
  const entry = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new ContractError(error.code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path}: ${error.message}`);
  });
  if (!entry.isDirectory()) return [await readContract(path, basename(path))];
  const names = (await readdir(path)).filter((name) => CONTRACT_FILE.test(name)).sort();
  return Promise.all(names.map((name) => readContract(join(path, name), name)));
}

async function readContract(path: string, name: string): Promise<ContractFile> {
  try {
    return { name, text: await readFile(path, 'utf8') };
  } catch (error) {
    throw new ContractError(`cannot read ${path}: ${(error as Error).message}`);
  }
}
