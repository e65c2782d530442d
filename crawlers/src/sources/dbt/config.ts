import { join } from 'node:path';
import type { SourceConfigOf } from '@polder/runtime';

export interface DbtArtifactPaths {
  manifest: string;
  catalog: string;
  runResults: string;
}

/**
 * Where a `kind: dbt` source's artifacts are: dbt writes all three into its
 * target dir (`dbt compile`/`build` the manifest and run results, `dbt docs generate`
 * the catalog). `targetDir` is already absolute once the config is loaded.
 */
export function dbtArtifactPaths(source: SourceConfigOf<'dbt'>): DbtArtifactPaths {
  return {
    manifest: join(source.targetDir, 'manifest.json'),
    catalog: join(source.targetDir, 'catalog.json'),
    runResults: join(source.targetDir, 'run_results.json'),
  };
}
