import { describe, expect, it } from 'vitest';
import { DbtArtifactError } from './DbtArtifactError.ts';
import type { DbtArtifactFiles } from './extract.ts';
import { parseDbtArtifacts } from './parseArtifacts.ts';

const schema = (kind: string, version: number) => `https://schemas.getdbt.com/dbt/${kind}/v${version}.json`;
const manifestText = (version = 12) => JSON.stringify({ metadata: { dbt_schema_version: schema('manifest', version) }, nodes: {}, sources: {} });
const catalogText = JSON.stringify({ metadata: { dbt_schema_version: schema('catalog', 1) }, nodes: {}, sources: {} });
const runResultsText = JSON.stringify({ metadata: { dbt_schema_version: schema('run-results', 6), invocation_id: 'i' }, results: [], args: { which: 'build' } });

const files = (overrides: { manifest?: string; catalog?: string | null; runResults?: string | null } = {}): DbtArtifactFiles => ({
  manifest: { path: '/dbt/target/manifest.json', text: overrides.manifest ?? manifestText() },
  catalog: { path: '/dbt/target/catalog.json', text: overrides.catalog === undefined ? catalogText : overrides.catalog },
  runResults: { path: '/dbt/target/run_results.json', text: overrides.runResults === undefined ? runResultsText : overrides.runResults },
});

describe('parseDbtArtifacts', () => {
  it('parses the three artifacts of a supported version', () => {
    expect(parseDbtArtifacts(files(), 'dbt:shop')).toEqual({
      artifacts: { manifest: JSON.parse(manifestText()), catalog: JSON.parse(catalogText), runResults: JSON.parse(runResultsText) },
      warnings: [],
    });
  });

  it.each([10, 11, 12])('reads manifest v%i', (version) => {
    expect(parseDbtArtifacts(files({ manifest: manifestText(version) }), 'dbt:shop').artifacts.manifest.metadata.dbt_schema_version).toBe(schema('manifest', version));
  });

  it.each([
    [9, '/dbt/target/manifest.json is dbt manifest schema v9; Polder reads manifest schema v10 to v12'],
    [13, '/dbt/target/manifest.json is dbt manifest schema v13; Polder reads manifest schema v10 to v12'],
  ])('refuses manifest v%i, naming the version and what is read', (version, message) => {
    expect(() => parseDbtArtifacts(files({ manifest: manifestText(version) }), 'dbt:shop')).toThrow(new DbtArtifactError(message));
  });

  it('refuses a file that is not a manifest', () => {
    expect(() => parseDbtArtifacts(files({ manifest: catalogText }), 'dbt:shop')).toThrow(
      new DbtArtifactError(
        '/dbt/target/manifest.json is not a dbt manifest artifact: metadata.dbt_schema_version is "https://schemas.getdbt.com/dbt/catalog/v1.json", expected https://schemas.getdbt.com/dbt/manifest/v<N>.json',
      ),
    );
    expect(() => parseDbtArtifacts(files({ manifest: '[]' }), 'dbt:shop')).toThrow(
      new DbtArtifactError('/dbt/target/manifest.json is not a dbt manifest artifact: metadata.dbt_schema_version is null, expected https://schemas.getdbt.com/dbt/manifest/v<N>.json'),
    );
  });

  it('refuses a manifest cut short, naming the file, line and column', () => {
    const text = manifestText().replace('"sources":{}}', '"sources":{');
    expect(() => parseDbtArtifacts(files({ manifest: text }), 'dbt:shop')).toThrow(
      new DbtArtifactError(`/dbt/target/manifest.json is not valid JSON: unexpected end of file at line 1, column ${text.length + 1}`),
    );
  });

  it('refuses a broken manifest nested 100,000 levels deep, naming the file, line and column', () => {
    const text = manifestText().replace('"sources":{}', `"sources":${'['.repeat(100_000)}`);
    expect(() => parseDbtArtifacts(files({ manifest: text }), 'dbt:shop')).toThrow(
      new DbtArtifactError(`/dbt/target/manifest.json is not valid JSON: unexpected character "}" where a value should start at line 1, column ${text.length}`),
    );
  });

  it('refuses a manifest entry the mappers cannot read, naming the file and the entry', () => {
    const text = JSON.stringify({ metadata: { dbt_schema_version: schema('manifest', 12) }, nodes: { 'model.x': null }, sources: {} });
    expect(() => parseDbtArtifacts(files({ manifest: text }), 'dbt:shop')).toThrow(new DbtArtifactError('/dbt/target/manifest.json: nodes["model.x"]: must be an object'));
  });

  it('reports ten problems of a file broken throughout, and how many more there are', () => {
    const nodes = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`model.m${index}`, null]));
    const text = JSON.stringify({ metadata: { dbt_schema_version: schema('manifest', 12) }, nodes, sources: {} });
    const listed = Array.from({ length: 10 }, (_, index) => `nodes["model.m${index}"]: must be an object`).join('; ');
    expect(() => parseDbtArtifacts(files({ manifest: text }), 'dbt:shop')).toThrow(new DbtArtifactError(`/dbt/target/manifest.json: ${listed}; and 2 more`));
  });

  it('refuses a broken entry of an optional artifact too, rather than crawl without it', () => {
    const text = JSON.stringify({ metadata: { dbt_schema_version: schema('run-results', 6), invocation_id: 'i' }, results: [null], args: { which: 'build' } });
    expect(() => parseDbtArtifacts(files({ runResults: text }), 'dbt:shop')).toThrow(new DbtArtifactError('/dbt/target/run_results.json: results[0]: must be an object'));
  });

  it('refuses a manifest without the members the mapping reads', () => {
    const text = JSON.stringify({ metadata: { dbt_schema_version: schema('manifest', 12) }, nodes: {} });
    expect(() => parseDbtArtifacts(files({ manifest: text }), 'dbt:shop')).toThrow(new DbtArtifactError('/dbt/target/manifest.json has no "sources": the file is incomplete'));
  });

  it('warns when the optional artifacts are absent', () => {
    expect(parseDbtArtifacts(files({ catalog: null, runResults: null }), 'dbt:shop')).toEqual({
      artifacts: { manifest: JSON.parse(manifestText()), catalog: null, runResults: null },
      warnings: [
        {
          where: 'dbt:shop/catalog.json',
          message: '/dbt/target/catalog.json not found: column types and positions come from the manifest alone (`dbt docs generate` writes catalog.json)',
        },
        {
          where: 'dbt:shop/run_results.json',
          message: '/dbt/target/run_results.json not found: no test results or run outcomes are recorded (`dbt build`, `run` and `test` write run_results.json)',
        },
      ],
    });
  });

  it('ignores an optional artifact of a version it does not read, with a warning', () => {
    const text = JSON.stringify({ metadata: { dbt_schema_version: schema('run-results', 4) }, results: [] });
    expect(parseDbtArtifacts(files({ runResults: text }), 'dbt:shop').warnings).toEqual([
      {
        where: 'dbt:shop/run_results.json',
        message:
          '/dbt/target/run_results.json is dbt run-results schema v4; Polder reads run-results schema v5 to v6, so it is ignored: no test results or run outcomes are recorded (`dbt build`, `run` and `test` write run_results.json)',
      },
    ]);
  });

  it('refuses a broken optional artifact rather than crawl without it', () => {
    expect(() => parseDbtArtifacts(files({ catalog: '{\n  "metadata": {,\n}' }), 'dbt:shop')).toThrow(
      new DbtArtifactError('/dbt/target/catalog.json is not valid JSON: expected a property name in double quotes at line 2, column 16'),
    );
  });
});
