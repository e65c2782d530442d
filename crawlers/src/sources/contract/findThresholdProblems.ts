/**
 * Quality rule thresholds that the ODCS schema lets through but that no number
 * can be judged by: a range written largest first, and a threshold that is not a
 * finite number (`mustBe` is untyped, so `.nan` and `.inf` pass the schema).
 *
 *   /schema/0/quality/0/mustBeBetween [10, 1] is an empty range: write the smaller bound first ([1, 10])
 *
 * ODCS says "smallest number first" but its schema cannot check it. A reversed
 * range is refused rather than reordered: tools differ on it (datacontract-cli's
 * `between 10 and 1` never passes), so the author says which range is meant.
 */
import type { ContractProblem } from './ContractError.ts';
import { contractFields } from './contractFields.ts';
import { ODCS_QUALITY_OPERATORS, type OdcsContract, type OdcsQualityRule } from './OdcsContract.ts';

const RANGES = new Set(['mustBeBetween', 'mustNotBeBetween']);

export function findThresholdProblems(contract: OdcsContract): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const checkRules = (rules: OdcsQualityRule[] | undefined, pointer: string): void =>
    (rules ?? []).forEach((rule, index) => {
      for (const operator of ODCS_QUALITY_OPERATORS) {
        const message = thresholdProblem(operator, rule[operator]);
        if (message !== null) problems.push({ pointer: `${pointer}/quality/${index}/${operator}`, message });
      }
    });
  (contract.schema ?? []).forEach((object, index) => {
    checkRules(object.quality, `/schema/${index}`);
    for (const field of contractFields(object, `/schema/${index}`)) checkRules(field.property.quality, field.pointer);
  });
  return problems;
}

function thresholdProblem(operator: string, value: unknown): string | null {
  const values = Array.isArray(value) ? value : [value];
  if (values.some((item) => typeof item === 'number' && !Number.isFinite(item))) return `${shown(value)} is not a finite number`;
  if (RANGES.has(operator) && Array.isArray(value) && value.length === 2) {
    const [low, high] = value as unknown[];
    if (typeof low === 'number' && typeof high === 'number' && low > high) {
      return `${shown(value)} is an empty range: write the smaller bound first (${shown([high, low])})`;
    }
  }
  return null;
}

/** YAML's `.nan` and `.inf` as the contract wrote them; JSON would say `null`. */
function shown(value: unknown): string {
  const one = (item: unknown): string => (typeof item === 'number' ? (Number.isNaN(item) ? '.nan' : item === Infinity ? '.inf' : item === -Infinity ? '-.inf' : String(item)) : JSON.stringify(item));
  return Array.isArray(value) ? `[${value.map(one).join(', ')}]` : one(value);
}
