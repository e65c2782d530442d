/**
 * What the mappers read of each entry of dbt's artifacts, checked before anything is mapped:
 * the artifacts' schema versions say what shape dbt wrote, but a file written by another tool,
 * edited by hand or cut short must fail the crawl with the file and the entry, not with a bare
 * TypeError from deep in a mapper, nor turn into a dataset named `shop.main.`:
 *
 *   "nodes": {"model.x": null}         → `nodes["model.x"]: must be an object`
 *   a model without a name             → `nodes["model.x"]: name must be a non-empty string`
 *   "columns": {"id": {"name": 1}}     → `nodes["model.x"]: columns["id"].name must be a non-empty string`
 *
 * The types are those of artifacts.ts: a member the mappers read as optional may be absent or null.
 */
import { entryPath, EntryChecker, isObject, type Json } from './EntryChecker.ts';

export function manifestEntryProblems(manifest: Json): string[] {
  return [
    ...metadataProblems(manifest, ['adapter_type']),
    ...entryProblems(manifest, 'nodes', checkNode),
    ...entryProblems(manifest, 'sources', checkSource),
    ...entryProblems(manifest, 'exposures', checkExposure),
    ...entryProblems(manifest, 'groups', checkGroup),
  ];
}

export function catalogEntryProblems(catalog: Json): string[] {
  return [...entryProblems(catalog, 'nodes', checkCatalogTable), ...entryProblems(catalog, 'sources', checkCatalogTable)];
}

export function runResultsEntryProblems(runResults: Json): string[] {
  const args = new EntryChecker('args');
  const command = args.object(runResults.args, '', false);
  if (command) args.string(command, 'which');
  const results = runResults.results;
  if (!Array.isArray(results)) return ['results must be a list'];
  return [
    ...metadataProblems(runResults, ['invocation_id', 'generated_at']),
    ...args.problems,
    ...results.flatMap((result, index) => {
      const checker = new EntryChecker(`results[${index}]`);
      const body = checker.object(result, '', true);
      if (body) checkRunResult(checker, body);
      return checker.problems;
    }),
  ];
}

/** The members of `metadata` a mapper reads (schemaVersion.ts has checked it is there). */
function metadataProblems(artifact: Json, members: string[]): string[] {
  const checker = new EntryChecker('metadata');
  const metadata = checker.object(artifact.metadata, '', true);
  if (metadata) for (const member of members) checker.string(metadata, member);
  return checker.problems;
}

type CheckEntry = (checker: EntryChecker, entry: Json, key: string) => void;

/** The problems of every entry of a member keyed by unique_id (`nodes`, `sources`, ...); an absent member has none. */
function entryProblems(artifact: Json, member: string, check: CheckEntry): string[] {
  const entries = artifact[member];
  if (entries === undefined || entries === null) return [];
  if (!isObject(entries)) return [`${member} must be an object`];
  return Object.entries(entries).flatMap(([key, value]) => {
    const checker = new EntryChecker(entryPath(member, key));
    const entry = checker.object(value, '', true);
    if (entry) check(checker, entry, key);
    return checker.problems;
  });
}

/** Fields shared by models, seeds, snapshots, tests, sources and exposures (DbtResource in artifacts.ts). */
function checkResource(checker: EntryChecker, entry: Json, key: string): void {
  const uniqueId = checker.text(entry, 'unique_id');
  // The mappers key by unique_id; dbt keys its entries by it too, so a difference is a file edited by hand.
  if (uniqueId !== undefined && uniqueId !== key) checker.problem('unique_id', `is ${JSON.stringify(uniqueId)}, not the entry's key`);
  checker.text(entry, 'resource_type');
  checker.text(entry, 'name');
  for (const member of ['package_name', 'original_file_path', 'description']) checker.string(entry, member);
  checker.object(entry.meta, 'meta', false);
  checker.strings(entry, 'tags');
  const config = checker.object(entry.config, 'config', false);
  if (config) {
    checker.string(config, 'materialized', 'config');
    checker.string(config, 'severity', 'config');
    checker.object(config.meta, 'config.meta', false);
    // dbt writes config.tags as a list, or as one string when the YAML says one.
    if (typeof config.tags !== 'string') checker.strings(config, 'tags', 'config');
    const contract = checker.object(config.contract, 'config.contract', false);
    if (contract) checker.boolean(contract, 'enforced', 'config.contract');
  }
  const dependsOn = checker.object(entry.depends_on, 'depends_on', false);
  if (dependsOn) checker.strings(dependsOn, 'nodes', 'depends_on');
}

function checkNode(checker: EntryChecker, node: Json, key: string): void {
  checkResource(checker, node, key);
  for (const member of ['database', 'schema', 'alias', 'relation_name', 'compiled_code', 'group', 'access', 'column_name', 'attached_node']) checker.string(node, member);
  checker.objectsByKey(node, 'columns', '', (column, at) => checkColumn(checker, column, at));
  checker.objects(node, 'constraints', '', (constraint, at) => {
    checker.text(constraint, 'type', at);
    checker.strings(constraint, 'columns', at);
  });
  const test = checker.object(node.test_metadata, 'test_metadata', false);
  if (test) {
    checker.text(test, 'name', 'test_metadata');
    checker.string(test, 'namespace', 'test_metadata');
    checker.object(test.kwargs, 'test_metadata.kwargs', false);
  }
}

function checkSource(checker: EntryChecker, source: Json, key: string): void {
  checkResource(checker, source, key);
  for (const member of ['database', 'schema', 'identifier', 'relation_name', 'source_name', 'loader']) checker.string(source, member);
  checker.objectsByKey(source, 'columns', '', (column, at) => checkColumn(checker, column, at));
}

function checkColumn(checker: EntryChecker, column: Json, at: string): void {
  checker.text(column, 'name', at);
  for (const member of ['description', 'data_type']) checker.string(column, member, at);
  checker.object(column.meta, `${at}.meta`, false);
  checker.strings(column, 'tags', at);
  checker.objects(column, 'constraints', at, (constraint, constraintAt) => checker.text(constraint, 'type', constraintAt));
}

function checkExposure(checker: EntryChecker, exposure: Json, key: string): void {
  checkResource(checker, exposure, key);
  for (const member of ['type', 'label', 'url', 'maturity']) checker.string(exposure, member);
  checkOwner(checker, exposure);
}

function checkGroup(checker: EntryChecker, group: Json): void {
  checker.text(group, 'name');
  checkOwner(checker, group);
}

function checkOwner(checker: EntryChecker, entry: Json): void {
  const owner = checker.object(entry.owner, 'owner', false);
  if (owner) for (const member of ['name', 'email']) checker.string(owner, member, 'owner');
}

function checkCatalogTable(checker: EntryChecker, table: Json): void {
  const metadata = checker.object(table.metadata, 'metadata', true);
  if (metadata) for (const member of ['type', 'comment']) checker.string(metadata, member, 'metadata');
  if (!checker.object(table.columns, 'columns', true)) return;
  checker.objectsByKey(table, 'columns', '', (column, at) => {
    checker.text(column, 'name', at);
    checker.string(column, 'type', at);
    checker.string(column, 'comment', at);
    // Columns are put in the warehouse's order by it.
    if (typeof column.index !== 'number') checker.problem(`${at}.index`, 'must be a number');
  });
}

function checkRunResult(checker: EntryChecker, result: Json): void {
  checker.text(result, 'unique_id');
  checker.text(result, 'status');
  checker.number(result, 'failures');
  checker.string(result, 'message');
  checker.number(result, 'execution_time');
  checker.objects(result, 'timing', '', (step, at) => {
    checker.text(step, 'name', at);
    for (const member of ['started_at', 'completed_at']) checker.string(step, member, at);
  });
}
