/**
 * Judges what a contract rule's query observed on one table. Pure: measure +
 * threshold + number → PASS or FAIL with a message a person can act on, e.g.
 *
 *   FAIL  "25% of rows have no email (must be less than 10%)"
 *   PASS  "30 rows (must be greater than 0)"
 *   FAIL  "the query returned 1 (must be 0)"
 *
 * A SQL rule whose query returns NULL fails, as a customSql check does: a rule
 * that cannot say its number has not shown that it is met.
 */
import type { RuleMeasure } from './contractRuleQuery.ts';
import { describeThreshold, formatNumber, meetsThreshold, type ThresholdCondition } from './contractThreshold.ts';

export interface RuleVerdict {
  outcome: 'PASS' | 'FAIL';
  message: string;
}

export function judgeContractRule(measure: RuleMeasure, conditions: readonly ThresholdCondition[], observed: number | null, column: string | null): RuleVerdict {
  const percent = 'unit' in measure && measure.unit === 'percent';
  const expected = describeThreshold(conditions, percent ? formatPercent : formatNumber);
  if (observed === null) {
    return { outcome: 'FAIL', message: `${measure.kind === 'sql' ? 'the query' : `the ${measure.kind} query`} returned NULL (${expected})` };
  }
  return { outcome: meetsThreshold(conditions, observed) ? 'PASS' : 'FAIL', message: `${observation(measure, observed, column ?? '?')} (${expected})` };
}

function observation(measure: RuleMeasure, value: number, column: string): string {
  if (measure.kind === 'sql') return `the query returned ${formatNumber(value)}`;
  if (measure.kind === 'rowCount') return `${formatNumber(value)} ${value === 1 ? 'row' : 'rows'}`;
  const amount = measure.unit === 'percent' ? `${formatPercent(value)} of rows` : `${formatNumber(value)} ${value === 1 ? 'row' : 'rows'}`;
  const singular = measure.unit === 'rows' && value === 1;
  switch (measure.kind) {
    case 'nullValues':
      return `${amount} ${singular ? 'has' : 'have'} no ${column}`;
    case 'missingValues':
      return `${amount} ${singular ? 'has' : 'have'} a missing ${column} (${['NULL', ...measure.missingValues.map((item) => JSON.stringify(item))].join(', ')})`;
    case 'invalidValues': {
      const rules = [
        ...(measure.validValues === null ? [] : [`outside ${JSON.stringify(measure.validValues)}`]),
        ...(measure.pattern === null ? [] : [`not matching ${measure.pattern}`]),
      ];
      return `${amount} ${singular ? 'has' : 'have'} a ${column} ${rules.join(' or ')}`;
    }
    case 'duplicateValues':
      return `${amount} ${singular ? 'repeats' : 'repeat'} a value of ${column} seen before`;
  }
}

function formatPercent(value: number): string {
  return `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
}
