/**
 * Maps a dbt target dir's artifacts to URN-keyed nodes and edges. Pure: no I/O,
 * so it is unit-tested with literal manifests. Each concern has its own mapper;
 * this file only wires them: datasets and exposures first (every other mapper
 * points at them), then their columns, lineage (dataset, then column), tests,
 * and test results.
 */
import type { GraphSnapshot } from '@polder/graph-schema';
import type { DbtArtifacts } from './artifacts.ts';
import { executedRunResults } from './executedRunResults.ts';
import { mapCheckResults } from './mapCheckResults.ts';
import { mapColumnLineage } from './mapColumnLineage.ts';
import { mapColumns } from './mapColumns.ts';
import { dbtProvider, type DbtMapContext, type SnapshotPart } from './mapContext.ts';
import { mapDatasets } from './mapDatasets.ts';
import { mapExposures } from './mapExposures.ts';
import { mapModelLineage } from './mapModelLineage.ts';
import { mapTests } from './mapTests.ts';

export type { DbtMapContext } from './mapContext.ts';

export function mapDbtArtifacts({ manifest, catalog, runResults }: DbtArtifacts, context: DbtMapContext): GraphSnapshot {
  const provider = dbtProvider(context);
  const { executed, warnings } = executedRunResults(runResults, `${provider}/run_results.json`);
  const nodes = Object.values(manifest.nodes);
  const exposureList = Object.values(manifest.exposures ?? {});

  const datasets = mapDatasets(manifest, catalog, executed, context);
  const exposures = mapExposures(exposureList, context);
  const urnByUniqueId = new Map([...datasets.urnByUniqueId, ...exposures.urnByUniqueId]);
  const columns = mapColumns(datasets.datasets, context);
  const lineage: SnapshotPart = { nodes: [], edges: mapModelLineage([...nodes, ...exposureList], urnByUniqueId), warnings: [] };
  const columnLineage = mapColumnLineage(datasets.datasets, columns.fieldUrns, manifest.metadata.adapter_type, context);
  const tests = mapTests(
    nodes.filter((node) => node.resource_type === 'test'),
    datasets.urnByUniqueId,
    columns.fieldUrns,
    context,
  );
  const results = mapCheckResults(executed, tests.checkUrns, context);

  const parts = [datasets, exposures, columns, lineage, columnLineage, tests, results];
  return {
    provider,
    nodes: parts.flatMap((part) => part.nodes),
    edges: parts.flatMap((part) => part.edges),
    warnings: [...warnings, ...parts.flatMap((part) => part.warnings)],
  };
}
