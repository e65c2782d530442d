/**
 * The quality rules of schema objects and of their properties → QualityCheck
 * nodes. A rule of an object CHECKS its dataset; a rule of a property CHECKS
 * its field and its dataset, as a dbt column test does, so that a dataset's
 * checks are found the same way whatever the source.
 *
 * A check is named by the rule's `name`, else its `id` (what a person wrote to
 * tell it apart), else its metric. `kind` is the rule's ODCS type (`library` when
 * absent, as the schema says): a library rule names its `metric` (nullValues,
 * rowCount, ...), a sql rule its `query`, a custom rule its `engine` and
 * `implementation` (an object one as JSON), a text rule only a description. The threshold keeps ODCS's operator
 * names and values (`mustBeGreaterThan: 1000000`, `mustBeBetween: [0, 100]`),
 * and `severity` is upper-cased as dbt's is (`ERROR`).
 */
import { InvalidUrnError, type EdgeRecord, type PropertyMap } from '@polder/graph-schema';
import { flattenMeta } from '../dbt/flattenMeta.ts';
import { qualityCheckUrn } from './contractUrns.ts';
import { elementProperties } from './elementProperties.ts';
import { contractWhere, type ContractMapContext, type SnapshotPart } from './mapContext.ts';
import type { ContractDataset } from './mapDatasets.ts';
import type { MappedField } from './mapFields.ts';
import { ODCS_QUALITY_OPERATORS, type JsonValue, type OdcsQualityRule } from './OdcsContract.ts';


/** What a rule is about: a dataset, or a field of one. */
interface RuleTarget {
  urn: string;
  datasetUrn: string;
  column: string | null;
  rules: OdcsQualityRule[] | undefined;
  pointer: string;
}

export function mapQualityChecks(datasets: ContractDataset[], fields: MappedField[], file: string, context: ContractMapContext): SnapshotPart {
  const part: SnapshotPart = { nodes: [], edges: [], warnings: [] };
  const targets: RuleTarget[] = [
    ...datasets.map(({ urn, object, pointer }) => ({ urn, datasetUrn: urn, column: null, rules: object.quality, pointer })),
    ...fields.map(({ urn, datasetUrn, field }) => ({ urn, datasetUrn, column: field.name, rules: field.property.quality, pointer: field.pointer })),
  ];
  for (const target of targets) {
    (target.rules ?? []).forEach((rule, index) => {
      let urn: string;
      try {
        urn = qualityCheckUrn(target.urn, rule, index);
      } catch (error) {
        if (!(error instanceof InvalidUrnError)) throw error;
        part.warnings.push({ urn: target.urn, where: contractWhere(context, file, `${target.pointer}/quality/${index}`), message: `Skipped: ${error.message}` });
        return;
      }
      part.nodes.push({ label: 'QualityCheck', urn, properties: checkProperties(rule, target.column) });
      const checks: EdgeRecord[] = [{ type: 'CHECKS', from: urn, to: target.datasetUrn }];
      if (target.urn !== target.datasetUrn) checks.push({ type: 'CHECKS', from: urn, to: target.urn });
      part.edges.push(...checks);
    });
  }
  return part;
}

function checkProperties(rule: OdcsQualityRule, column: string | null): PropertyMap {
  const kind = rule.type ?? 'library';
  const metric = rule.metric ?? rule.rule ?? null;
  const threshold: PropertyMap = {};
  for (const operator of ODCS_QUALITY_OPERATORS) {
    const value = rule[operator];
    if (value !== undefined) threshold[operator] = asProperty(value);
  }
  return {
    name: rule.name ?? rule.id ?? metric ?? `${kind} check`,
    kind,
    column,
    ruleId: rule.id ?? null,
    metric,
    query: rule.query ?? null,
    engine: rule.engine ?? null,
    implementation: rule.implementation === undefined ? null : asText(rule.implementation),
    ...threshold,
    unit: rule.unit ?? null,
    dimension: rule.dimension ?? null,
    severity: rule.severity?.toUpperCase() ?? null,
    businessImpact: rule.businessImpact ?? null,
    method: rule.method ?? null,
    schedule: rule.schedule ?? null,
    scheduler: rule.scheduler ?? null,
    ...flattenMeta(rule.arguments ?? {}, 'arguments'),
    ...elementProperties(rule),
  };
}

/** A threshold as Neo4j stores it: a scalar or a list of numbers as is, anything else as JSON. */
function asProperty(value: JsonValue): PropertyMap[string] {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'number')) return value as number[];
  return JSON.stringify(value);
}

function asText(value: string | Record<string, JsonValue>): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
