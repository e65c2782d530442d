import { describe, expect, it } from 'vitest';
import { catalogEntryProblems, manifestEntryProblems, runResultsEntryProblems } from './artifactEntryProblems.ts';

const metadata = { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json', adapter_type: 'postgres' };
const model = { unique_id: 'model.x', resource_type: 'model', name: 'x', package_name: 'shop', original_file_path: 'models/x.sql', database: 'db', schema: 'main' };

describe('manifestEntryProblems', () => {
  it('finds none in entries of the kinds the mappers read', () => {
    const source = { unique_id: 'source.shop.erp.orders', resource_type: 'source', name: 'orders', source_name: 'erp', identifier: null, columns: { id: { name: 'id', data_type: null } } };
    const test = { unique_id: 'test.t', resource_type: 'test', name: 't', config: { severity: 'warn', tags: 'nightly' }, test_metadata: { name: 'not_null', namespace: null, kwargs: {} } };
    expect(manifestEntryProblems({ metadata, nodes: { 'model.x': model, 'test.t': test }, sources: { 'source.shop.erp.orders': source } })).toEqual([]);
  });

  it('names the member and the unique_id of each broken entry', () => {
    const nameless = { ...model, unique_id: 'model.nameless', name: undefined };
    const shaky = { ...model, unique_id: 'model.shaky', tags: 'finance', config: { meta: [] }, depends_on: { nodes: 'model.x' }, columns: { id: { name: 1 }, note: null } };
    expect(manifestEntryProblems({ metadata, nodes: { 'model.x': null, 'model.nameless': nameless, 'model.shaky': shaky, 'model.y': model }, sources: { s: [] } })).toEqual([
      'nodes["model.x"]: must be an object',
      'nodes["model.nameless"]: name must be a non-empty string',
      'nodes["model.shaky"]: tags must be a list of strings',
      'nodes["model.shaky"]: config.meta must be an object',
      'nodes["model.shaky"]: depends_on.nodes must be a list of strings',
      'nodes["model.shaky"]: columns["id"].name must be a non-empty string',
      'nodes["model.shaky"]: columns["note"] must be an object',
      'nodes["model.y"]: unique_id is "model.x", not the entry\'s key',
      'sources["s"]: must be an object',
    ]);
  });

  it('checks exposures and groups when there are any', () => {
    expect(manifestEntryProblems({ metadata, nodes: {}, sources: {}, exposures: { e: { unique_id: 'e', resource_type: 'exposure', name: 'e', owner: 'ana' } }, groups: [] })).toEqual([
      'exposures["e"]: owner must be an object',
      'groups must be an object',
    ]);
  });
});

describe('catalogEntryProblems', () => {
  it("wants each table's metadata and columns, with each column's name and position", () => {
    const table = { metadata: { type: 'BASE TABLE', comment: null }, columns: { ID: { name: 'ID', type: 'INTEGER', index: 1 }, NOTE: { name: 'NOTE', type: 'TEXT' } } };
    expect(catalogEntryProblems({ nodes: { 'model.x': table, 'model.y': {} }, sources: {} })).toEqual([
      'nodes["model.x"]: columns["NOTE"].index must be a number',
      'nodes["model.y"]: metadata must be an object',
      'nodes["model.y"]: columns must be an object',
    ]);
  });
});

describe('runResultsEntryProblems', () => {
  it('wants each result to name its node and status', () => {
    const runResults = { metadata: { invocation_id: 7 }, args: { which: 'build' }, results: [{ unique_id: 'model.x', status: 'success', timing: [{ name: 'execute', completed_at: null }] }, null, { unique_id: 'test.t', failures: '2' }] };
    expect(runResultsEntryProblems(runResults)).toEqual([
      'metadata: invocation_id must be a string',
      'results[1]: must be an object',
      'results[2]: status must be a non-empty string',
      'results[2]: failures must be a number',
    ]);
  });
});
