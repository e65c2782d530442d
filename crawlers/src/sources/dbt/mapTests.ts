/**
 * dbt data tests → QualityCheck nodes that CHECK the dataset they are defined on
 * (and the column, for a column test). Generic tests (`not_null`, `unique`,
 * `accepted_values`, `relationships`, and packages' such as
 * `dbt_utils.expression_is_true`) keep their kind and arguments; a singular test
 * (a SQL file) has kind `singular` and checks every dataset it reads.
 *
 * Unit tests (`unit_tests` in the manifest) are left out: they run a model on
 * fixed inputs to test its logic, and say nothing about the data.
 */
import { formatUrn, InvalidUrnError, type EdgeRecord } from '@polder/graph-schema';
import type { DbtNode } from './artifacts.ts';
import { compiledSqlProperties } from './compiledSql.ts';
import { flattenMeta } from './flattenMeta.ts';
import type { FieldIndex } from './mapColumns.ts';
import { dbtWhere, type DbtMapContext, type SnapshotPart } from './mapContext.ts';
import { resourceTags } from './resourceTags.ts';

export interface MappedTests extends SnapshotPart {
  /** QualityCheck URNs by the test's unique_id. */
  checkUrns: Map<string, string>;
}

// Arguments dbt fills in itself: the relation under test (as Jinja) and the column, stored as `column`.
const IMPLICIT_ARGUMENTS = new Set(['model', 'column_name']);

export function mapTests(tests: DbtNode[], urnByUniqueId: Map<string, string>, fieldUrns: FieldIndex, context: DbtMapContext): MappedTests {
  const part: MappedTests = { nodes: [], edges: [], warnings: [], checkUrns: new Map() };
  for (const test of tests) {
    const targets = (test.attached_node ? [test.attached_node] : (test.depends_on?.nodes ?? []))
      .map((uniqueId) => urnByUniqueId.get(uniqueId))
      .filter((urn): urn is string => urn !== undefined);
    // Every dataset it is about was filtered out (or skipped with a warning already).
    if (targets.length === 0) continue;
    let urn: string;
    try {
      urn = formatUrn('qualityCheck', 'dbt', context.sourceId, test.unique_id);
    } catch (error) {
      if (!(error instanceof InvalidUrnError)) throw error;
      part.warnings.push({ where: dbtWhere(context, test.unique_id), message: `Skipped: ${error.message}` });
      continue;
    }
    part.checkUrns.set(test.unique_id, urn);
    const generic = test.test_metadata;
    const kind = generic ? (generic.namespace ? `${generic.namespace}.${generic.name}` : generic.name) : 'singular';
    const tags = resourceTags(test);
    const explicitArguments = Object.fromEntries(Object.entries(generic?.kwargs ?? {}).filter(([name]) => !IMPLICIT_ARGUMENTS.has(name)));
    part.nodes.push({
      label: 'QualityCheck',
      urn,
      properties: {
        name: test.name,
        kind,
        column: test.column_name ?? null,
        severity: test.config?.severity?.toUpperCase() ?? null,
        description: test.description || null,
        tags: tags.length > 0 ? tags : null,
        dbtUniqueId: test.unique_id,
        package: test.package_name,
        path: test.original_file_path,
        ...compiledSqlProperties(test.compiled_code),
        ...flattenMeta(explicitArguments, 'arguments'),
        ...flattenMeta({ ...test.meta, ...test.config?.meta }, 'meta'),
      },
    });
    const edges: EdgeRecord[] = targets.map((target) => ({ type: 'CHECKS', from: urn, to: target }));
    // `column_name` can be an expression (`lower(email)`): then there is no field to point at.
    const field = test.column_name ? fieldUrns.get(targets[0]!)?.get(test.column_name.toLowerCase()) : undefined;
    if (field) edges.push({ type: 'CHECKS', from: urn, to: field });
    part.edges.push(...edges);
  }
  return part;
}
