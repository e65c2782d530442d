/**
 * A contract rule's threshold, under ODCS's operator names, and whether an
 * observed number meets it. Pure.
 *
 *   mustBe 0                 =          mustNotBe 3              ≠
 *   mustBeGreaterThan 0      >          mustBeGreaterOrEqualTo 5 ≥
 *   mustBeLessThan 10        <          mustBeLessOrEqualTo 10   ≤
 *   mustBeBetween [1, 5]     1 ≤ v ≤ 5  mustNotBeBetween [1, 5]  v < 1 or v > 5
 *
 * The bounds of `mustBeBetween` count as inside, as SQL's BETWEEN, the ODCS
 * schema ("must be between the two numbers to be valid") and datacontract-cli
 * have it: `nullValues mustBeBetween [0, 5]` passes a column without nulls. (One
 * sentence of the ODCS docs calls it "mustBeGreaterThan and mustBeLessThan";
 * README.md, "Quality checks", says why Polder does not read it that way.)
 * ODCS v3.1 allows one operator per rule; a rule with several (v3.0 allowed it)
 * passes when it meets all of them.
 */
import { ODCS_QUALITY_OPERATORS, type OdcsQualityOperator } from '../sources/contract/OdcsContract.ts';

export type ThresholdCondition =
  | { operator: Exclude<OdcsQualityOperator, 'mustBeBetween' | 'mustNotBeBetween'>; value: number }
  | { operator: 'mustBeBetween' | 'mustNotBeBetween'; value: [number, number] };

export type ParsedThreshold = { conditions: ThresholdCondition[] } | { problem: string };

/** The threshold of a rule's properties (the QualityCheck keeps each operator under its ODCS name), or what is wrong with it. */
export function parseThreshold(properties: Readonly<Record<string, unknown>>): ParsedThreshold {
  const conditions: ThresholdCondition[] = [];
  for (const operator of ODCS_QUALITY_OPERATORS) {
    const raw = properties[operator];
    if (raw === undefined || raw === null) continue;
    if (operator === 'mustBeBetween' || operator === 'mustNotBeBetween') {
      const pair = numberPair(raw);
      if (!pair) return { problem: `${operator} must be a list of two numbers, not ${shown(raw)}` };
      conditions.push({ operator, value: pair });
    } else {
      const value = thresholdNumber(raw);
      if (value === null) return { problem: `${operator} must be a number, not ${shown(raw)}` };
      conditions.push({ operator, value });
    }
  }
  if (conditions.length === 0) return { problem: `it declares no threshold (${ODCS_QUALITY_OPERATORS.join(', ')})` };
  return { conditions };
}

/** Whether `value` meets every condition. */
export function meetsThreshold(conditions: readonly ThresholdCondition[], value: number): boolean {
  return conditions.every((condition) => {
    switch (condition.operator) {
      case 'mustBe':
        return value === condition.value;
      case 'mustNotBe':
        return value !== condition.value;
      case 'mustBeGreaterThan':
        return value > condition.value;
      case 'mustBeGreaterOrEqualTo':
        return value >= condition.value;
      case 'mustBeLessThan':
        return value < condition.value;
      case 'mustBeLessOrEqualTo':
        return value <= condition.value;
      case 'mustBeBetween':
        return value >= condition.value[0] && value <= condition.value[1];
      case 'mustNotBeBetween':
        return value < condition.value[0] || value > condition.value[1];
    }
  });
}

/** `must be greater than 0`, `must be between 1% and 5%`; several joined by "and". */
export function describeThreshold(conditions: readonly ThresholdCondition[], format: (value: number) => string = formatNumber): string {
  return conditions
    .map((condition) => {
      switch (condition.operator) {
        case 'mustBe':
          return `must be ${format(condition.value)}`;
        case 'mustNotBe':
          return `must not be ${format(condition.value)}`;
        case 'mustBeGreaterThan':
          return `must be greater than ${format(condition.value)}`;
        case 'mustBeGreaterOrEqualTo':
          return `must be at least ${format(condition.value)}`;
        case 'mustBeLessThan':
          return `must be less than ${format(condition.value)}`;
        case 'mustBeLessOrEqualTo':
          return `must be at most ${format(condition.value)}`;
        case 'mustBeBetween':
          return `must be between ${format(condition.value[0])} and ${format(condition.value[1])}`;
        case 'mustNotBeBetween':
          return `must not be between ${format(condition.value[0])} and ${format(condition.value[1])}`;
      }
    })
    .join(' and ');
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/** ODCS leaves mustBe and mustNotBe untyped: a number, a boolean (a SQL rule may return one) or a number written as text. */
function thresholdNumber(raw: unknown): number | null {
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  return null;
}

/** Two numbers, smallest first whichever order the contract wrote them in. */
function numberPair(raw: unknown): [number, number] | null {
  if (!Array.isArray(raw) || raw.length !== 2 || !raw.every((item) => typeof item === 'number' && Number.isFinite(item))) return null;
  const [a, b] = raw as [number, number];
  return a <= b ? [a, b] : [b, a];
}

function shown(raw: unknown): string {
  return JSON.stringify(raw)?.slice(0, 80) ?? String(raw);
}
