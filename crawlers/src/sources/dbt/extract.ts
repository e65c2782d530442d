/**
 * Reads a dbt target dir's artifacts from disk. The only file of this source
 * that does I/O: it returns their text untouched, and everything else (parsing,
 * version checks, mapping) is pure and unit-tested with literal artifacts.
 */
import { readFile } from 'node:fs/promises';
import type { DbtArtifactPaths } from './config.ts';
import { DbtArtifactError } from './DbtArtifactError.ts';

/** One artifact file; `text` is null when the file does not exist. */
export interface ArtifactFile {
  path: string;
  text: string | null;
}

export interface DbtArtifactFiles {
  manifest: ArtifactFile & { text: string };
  catalog: ArtifactFile;
  runResults: ArtifactFile;
}

export async function extractDbtArtifacts(paths: DbtArtifactPaths): Promise<DbtArtifactFiles> {
  const [manifest, catalog, runResults] = await Promise.all([readArtifact(paths.manifest), readArtifact(paths.catalog), readArtifact(paths.runResults)]);
  if (manifest.text === null) {
    throw new DbtArtifactError(`${paths.manifest} not found: dbt writes manifest.json on compile, run, build or docs generate`);
  }
  return { manifest: { path: manifest.path, text: manifest.text }, catalog, runResults };
}

async function readArtifact(path: string): Promise<ArtifactFile> {
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, text: null };
    throw new DbtArtifactError(`cannot read ${path}: ${(error as Error).message}`);
  }
}
