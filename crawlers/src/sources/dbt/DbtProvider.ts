import { isUrn } from '@polder/graph-schema';
import type { SourceConfigOf } from '@polder/runtime';
import { compileTableFilter } from '../../filters/tableFilter.ts';
import { ensurePostgresParser } from '../../lineage/postgresParseTree.ts';
import type { SourceProvider, SourceRead } from '../SourceProvider.ts';
import { dbtArtifactPaths, type DbtArtifactPaths } from './config.ts';
import { extractDbtArtifacts } from './extract.ts';
import { mapDbtArtifacts } from './map.ts';
import { sourceProviderOf } from '../sourceProviderName.ts';
import { parseDbtArtifacts } from './parseArtifacts.ts';

/** Crawls a dbt project through the artifacts in its target dir; it never runs dbt. */
export class DbtProvider implements SourceProvider {
  static fromConfig(source: SourceConfigOf<'dbt'>): DbtProvider {
    return new DbtProvider(source, dbtArtifactPaths(source));
  }

  readonly name: string;

  private constructor(
    private readonly source: SourceConfigOf<'dbt'>,
    private readonly paths: DbtArtifactPaths,
  ) {
    this.name = sourceProviderOf(source);
  }

  async read(): Promise<SourceRead> {
    // Column lineage reads compiled SQL synchronously; a MERGE in it needs PostgreSQL's parser, loaded meanwhile.
    const [files] = await Promise.all([extractDbtArtifacts(this.paths), ensurePostgresParser()]);
    const { artifacts, warnings } = parseDbtArtifacts(files, this.name);
    const mapped = mapDbtArtifacts(artifacts, {
      sourceId: this.source.id,
      domainId: this.source.domain,
      keep: compileTableFilter(this.source),
    });
    const snapshot = { ...mapped, warnings: [...warnings, ...mapped.warnings] };
    const { nodes, sources, exposures } = artifacts.manifest;
    const resources = [...Object.values(nodes), ...Object.values(sources), ...Object.values(exposures ?? {})];
    const read = (type: string) => resources.filter((resource) => resource.resource_type === type).length;
    const lineage = snapshot.edges.filter((edge) => edge.type === 'DERIVES_FROM');
    const mappedCount = (label: string) => snapshot.nodes.filter((node) => node.label === label).length;
    return {
      snapshot,
      stats: {
        models: read('model'),
        seeds: read('seed'),
        snapshots: read('snapshot'),
        sources: read('source'),
        exposures: read('exposure'),
        tests: read('test'),
        datasets: mappedCount('Dataset'),
        columns: mappedCount('Field'),
        lineageEdges: lineage.filter((edge) => isUrn(edge.from, 'dataset')).length,
        columnLineageEdges: lineage.filter((edge) => isUrn(edge.from, 'field')).length,
        checkResults: mappedCount('CheckResult'),
      },
    };
  }
}
