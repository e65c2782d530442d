/**
 * Turns the files of a target dir into typed artifacts, or fails before anything
 * is mapped: a crawl either reads a whole, supported manifest or changes nothing.
 *
 * The manifest is required. The catalog (warehouse types) and the run results
 * (test outcomes) are optional: their absence, or a schema version Polder does
 * not read, is a warning. A broken optional file still fails the crawl, because
 * crawling without it would strip column types or results that the next good
 * run puts back.
 *
 * Each entry the mappers read is checked too (artifactEntryProblems.ts): a broken one fails the
 * crawl naming the file and the entry, e.g.
 * `/srv/dbt/target/manifest.json: nodes["model.shop.orders"]: name must be a non-empty string`.
 */
import { basename } from 'node:path';
import type { CrawlWarning } from '@polder/graph-schema';
import { catalogEntryProblems, manifestEntryProblems, runResultsEntryProblems } from './artifactEntryProblems.ts';
import type { DbtArtifacts, DbtCatalog, DbtManifest, DbtRunResults } from './artifacts.ts';
import { DbtArtifactError } from './DbtArtifactError.ts';
import type { Json } from './EntryChecker.ts';
import type { ArtifactFile, DbtArtifactFiles } from './extract.ts';
import { parseJsonArtifact } from './parseJsonArtifact.ts';
import { unsupportedSchemaVersion, type DbtArtifactKind } from './schemaVersion.ts';

export interface ParsedDbtArtifacts {
  artifacts: DbtArtifacts;
  warnings: CrawlWarning[];
}

const WITHOUT = {
  catalog: 'column types and positions come from the manifest alone (`dbt docs generate` writes catalog.json)',
  'run-results': 'no test results or run outcomes are recorded (`dbt build`, `run` and `test` write run_results.json)',
} as const;

/** `where` names the provider in warnings, e.g. `dbt:jaffle-shop`. */
export function parseDbtArtifacts(files: DbtArtifactFiles, where: string): ParsedDbtArtifacts {
  const manifest = parseJsonArtifact(files.manifest.path, files.manifest.text);
  const problem = unsupportedSchemaVersion('manifest', files.manifest.path, manifest);
  if (problem) throw new DbtArtifactError(problem);
  requireObjects(files.manifest.path, manifest, ['nodes', 'sources']);
  requireEntries(files.manifest.path, manifestEntryProblems(manifest as Json));

  const warnings: CrawlWarning[] = [];
  const optional = <T>(kind: Exclude<DbtArtifactKind, 'manifest'>, file: ArtifactFile, members: string[], problems: (artifact: Json) => string[]): T | null => {
    if (file.text === null) {
      warnings.push({ where: `${where}/${basename(file.path)}`, message: `${file.path} not found: ${WITHOUT[kind]}` });
      return null;
    }
    const artifact = parseJsonArtifact(file.path, file.text);
    const unsupported = unsupportedSchemaVersion(kind, file.path, artifact);
    if (unsupported) {
      warnings.push({ where: `${where}/${basename(file.path)}`, message: `${unsupported}, so it is ignored: ${WITHOUT[kind]}` });
      return null;
    }
    requireObjects(file.path, artifact, members);
    requireEntries(file.path, problems(artifact as Json));
    return artifact as T;
  };

  return {
    artifacts: {
      manifest: manifest as DbtManifest,
      catalog: optional<DbtCatalog>('catalog', files.catalog, ['nodes', 'sources'], catalogEntryProblems),
      runResults: optional<DbtRunResults>('run-results', files.runResults, ['results'], runResultsEntryProblems),
    },
    warnings,
  };
}

/** Enough problems to fix in one round; a file broken throughout would otherwise make a message of megabytes. */
const MAX_PROBLEMS_REPORTED = 10;

function requireEntries(path: string, problems: string[]): void {
  if (problems.length === 0) return;
  const more = problems.length > MAX_PROBLEMS_REPORTED ? `; and ${problems.length - MAX_PROBLEMS_REPORTED} more` : '';
  throw new DbtArtifactError(`${path}: ${problems.slice(0, MAX_PROBLEMS_REPORTED).join('; ')}${more}`);
}

/** The members the mapping walks must be there; a file that lacks them is not what its version says. */
function requireObjects(path: string, artifact: unknown, members: string[]): void {
  for (const member of members) {
    const value = (artifact as Record<string, unknown>)[member];
    if (typeof value !== 'object' || value === null) throw new DbtArtifactError(`${path} has no "${member}": the file is incomplete`);
  }
}
