/**
 * Whether Polder can run a contract rule, and how. Pure: the rule as the graph
 * holds it + polder.yaml's sources → what to measure, the threshold, and the
 * crawled tables to measure it on; or why not, in words a contract's author can
 * act on.
 *
 * Runnable: a `sql` rule (its query returns one number) or a `library` rule with
 * an ODCS metric (rowCount, nullValues, missingValues, invalidValues,
 * duplicateValues), with a threshold, whose schema object DESCRIBES a crawled
 * table of a postgres, mysql or sqlite source declared in polder.yaml.
 * Everything else is skipped with its reason, never failed: a `text` rule, a
 * `custom` rule (another engine's), an unknown metric, an object the linker
 * matched with no table, a table of a platform Polder does not query.
 *
 *   { kind: 'library', metric: 'nullValues', mustBe: 0 } on field email of a table of rentals-db
 *   → { runnable: true, measure: { kind: 'nullValues', unit: 'rows' }, conditions: [{ operator: 'mustBe', value: 0 }], targets: [...] }
 *   { kind: 'text' } → { runnable: false, reason: 'a text rule states quality in words: there is nothing to run' }
 */
import { CHECKABLE_SOURCE_KINDS, type SourceConfig } from '@polder/runtime';
import type { CheckableSource, CheckTarget } from '../checks/checkTarget.ts';
import type { ContractRule, DescribedTable } from './ContractRule.ts';
import { isColumnMeasure, LIBRARY_METRICS, placeholdersIn, type LibraryMetric, type ListedValue, type MetricUnit, type RuleMeasure } from './contractRuleQuery.ts';
import { parseThreshold, type ThresholdCondition } from './contractThreshold.ts';

/** A crawled table a rule runs on, with the source (and its connection) that reaches it. */
export interface PlannedTarget {
  table: DescribedTable;
  source: CheckableSource;
  target: CheckTarget;
}

export type RulePlan =
  | { runnable: false; reason: string }
  | {
      runnable: true;
      measure: RuleMeasure;
      conditions: ThresholdCondition[];
      targets: PlannedTarget[];
      /** Described tables it cannot run on, each with the reason (the rule runs on the others). */
      notRunOn: string[];
    };

export function planContractRule(rule: ContractRule, sources: readonly SourceConfig[]): RulePlan {
  const skip = (reason: string): RulePlan => ({ runnable: false, reason });
  const measured = measureOf(rule);
  if ('reason' in measured) return skip(measured.reason);
  const { measure } = measured;
  const threshold = parseThreshold(rule.properties);
  if ('problem' in threshold) return skip(threshold.problem);
  if (rule.tables.length === 0) {
    return skip(
      `schema object ${rule.object} describes no crawled table: the contract linker matched none (check the contract's servers, the object's physicalName, and that the table is of the contract's domain)`,
    );
  }
  const needsColumn = isColumnMeasure(measure) || (measure.kind === 'sql' && placeholdersIn(measure.query).has('property'));
  const targets: PlannedTarget[] = [];
  const notRunOn: string[] = [];
  for (const table of [...rule.tables].sort((a, b) => a.urn.localeCompare(b.urn))) {
    const planned = targetOf(rule, table, sources, needsColumn, measure);
    if (typeof planned === 'string') notRunOn.push(`${tableLabel(table)}: ${planned}`);
    else targets.push(planned);
  }
  if (targets.length === 0) return skip(notRunOn.join('; '));
  return { runnable: true, measure, conditions: threshold.conditions, targets, notRunOn };
}

/** `rentals-db public.rental_order`: the source, and the table as its crawler names it. */
export function tableLabel(table: DescribedTable): string {
  return `${table.sourceId ?? '?'} ${table.schema && table.platform !== 'sqlite' ? `${table.schema}.` : ''}${table.name}`;
}

function measureOf(rule: ContractRule): { measure: RuleMeasure } | { reason: string } {
  const properties = rule.properties;
  const kind = text(properties.kind) ?? 'library';
  switch (kind) {
    case 'text':
      return { reason: 'a text rule states quality in words: there is nothing to run' };
    case 'custom':
      return { reason: `a custom rule runs on its own engine (${text(properties.engine) ?? 'none named'}): Polder runs sql and library rules` };
    case 'sql': {
      const query = text(properties.query);
      if (query === null) return { reason: 'a sql rule without a query' };
      if (placeholdersIn(query).has('property') && rule.field === null) {
        return { reason: `its query names {property}, and the rule is the object's, not a property's` };
      }
      return { measure: { kind: 'sql', query } };
    }
    case 'library':
      return libraryMeasure(rule);
    default:
      return { reason: `unknown rule type "${kind}" (ODCS: text, library, sql, custom)` };
  }
}

function libraryMeasure(rule: ContractRule): { measure: RuleMeasure } | { reason: string } {
  const properties = rule.properties;
  const metric = text(properties.metric);
  if (metric === null) return { reason: 'a library rule without a metric' };
  if (!(LIBRARY_METRICS as readonly string[]).includes(metric)) {
    return { reason: `unknown library metric "${metric}" (Polder runs ${LIBRARY_METRICS.join(', ')})` };
  }
  const unitName = text(properties.unit)?.toLowerCase() ?? 'rows';
  const unit: MetricUnit | null = unitName === 'rows' ? 'rows' : unitName === 'percent' || unitName === '%' ? 'percent' : null;
  if (unit === null) return { reason: `unit "${text(properties.unit)}" is neither rows nor percent` };
  switch (metric as LibraryMetric) {
    case 'rowCount':
      if (unit === 'percent') return { reason: 'rowCount counts rows: unit percent does not apply to it' };
      return { measure: { kind: 'rowCount' } };
    case 'nullValues':
    case 'duplicateValues':
    case 'missingValues':
    case 'invalidValues': {
      if (rule.field === null) {
        if (metric === 'duplicateValues' && properties['arguments.properties'] !== undefined) {
          return { reason: 'duplicateValues over several properties (arguments.properties) is not run yet' };
        }
        return { reason: `${metric} counts the values of a column: declare it under a property` };
      }
      if (metric === 'nullValues' || metric === 'duplicateValues') return { measure: { kind: metric, unit } };
      if (metric === 'missingValues') {
        // NULL is always missing; the listed values are missing too.
        const listed = listedValues(properties['arguments.missingValues'], 'arguments.missingValues');
        if ('reason' in listed) return listed;
        return { measure: { kind: 'missingValues', unit, missingValues: listed.values } };
      }
      const valid = properties['arguments.validValues'] === undefined ? null : listedValues(properties['arguments.validValues'], 'arguments.validValues');
      if (valid && 'reason' in valid) return valid;
      if (valid && valid.values.length === 0) return { reason: 'arguments.validValues lists no value' };
      const pattern = text(properties['arguments.pattern']);
      if (valid === null && pattern === null) return { reason: 'invalidValues needs arguments.validValues or arguments.pattern' };
      return { measure: { kind: 'invalidValues', unit, validValues: valid?.values ?? null, pattern } };
    }
  }
}

function targetOf(rule: ContractRule, table: DescribedTable, sources: readonly SourceConfig[], needsColumn: boolean, measure: RuleMeasure): PlannedTarget | string {
  if (!(CHECKABLE_SOURCE_KINDS as readonly string[]).includes(table.platform)) {
    return `a ${table.platform} dataset: Polder runs rules on ${CHECKABLE_SOURCE_KINDS.join(', ')} tables`;
  }
  const source = sources.find((candidate) => candidate.id === table.sourceId);
  if (!source) return `source ${table.sourceId ?? '(unknown)'} is not declared in polder.yaml`;
  if (source.kind !== table.platform) return `source ${source.id} is now a ${source.kind} source, and the table was crawled from ${table.platform}`;
  if (needsColumn && table.column === null) return `it has no column ${rule.field?.column ?? '(none)'}`;
  if (measure.kind === 'invalidValues' && measure.pattern !== null && source.kind === 'sqlite') return 'SQLite has no regular expressions for arguments.pattern';
  const schema = source.kind === 'sqlite' ? null : table.schema;
  if (source.kind !== 'sqlite' && schema === null) return 'the crawled table has no schema';
  return {
    table,
    source: source as CheckableSource,
    target: {
      dialect: source.kind as CheckableSource['kind'],
      schema,
      table: table.name,
      column: table.column?.name ?? null,
      datasetUrn: table.urn,
      fieldUrn: table.column?.urn ?? null,
    },
  };
}

/**
 * A list argument as the QualityCheck keeps it (flattenMeta.ts): a list of strings
 * or of numbers as is, a mixed one (`[null, '', 'N/A']`) as JSON text. NULLs are
 * left out: no value is equal to NULL in SQL, and a missing value's NULL is
 * counted anyway.
 */
function listedValues(raw: unknown, key: string): { values: ListedValue[] } | { reason: string } {
  if (raw === undefined || raw === null) return { values: [] };
  let list: unknown = raw;
  if (typeof raw === 'string') {
    try {
      list = raw.trimStart().startsWith('[') ? JSON.parse(raw) : [raw];
    } catch {
      return { reason: `${key} is not a list: ${JSON.stringify(raw).slice(0, 80)}` };
    }
  }
  if (!Array.isArray(list)) return { reason: `${key} must be a list of values` };
  const values = list.filter((item) => item !== null);
  const bad = values.find((item) => typeof item !== 'string' && !(typeof item === 'number' && Number.isFinite(item)));
  if (bad !== undefined) return { reason: `${key} may hold text and numbers only, not ${JSON.stringify(bad)}` };
  return { values: values as ListedValue[] };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
