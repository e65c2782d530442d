import { describe, expect, it } from 'vitest';
import { describeThreshold, meetsThreshold, parseThreshold, type ThresholdCondition } from './contractThreshold.ts';

const conditionsOf = (properties: Record<string, unknown>): ThresholdCondition[] => {
  const parsed = parseThreshold(properties);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed.conditions;
};

describe('parseThreshold', () => {
  it('reads each ODCS operator under its name, a pair smallest first, a boolean or numeric text for mustBe', () => {
    expect(conditionsOf({ mustBeBetween: [5, 1], kind: 'sql' })).toEqual([{ operator: 'mustBeBetween', value: [1, 5] }]);
    expect(conditionsOf({ mustBe: true })).toEqual([{ operator: 'mustBe', value: 1 }]);
    expect(conditionsOf({ mustNotBe: '3.5' })).toEqual([{ operator: 'mustNotBe', value: 3.5 }]);
    expect(conditionsOf({ mustBeGreaterThan: 0, mustBeLessThan: 10 })).toEqual([
      { operator: 'mustBeGreaterThan', value: 0 },
      { operator: 'mustBeLessThan', value: 10 },
    ]);
  });

  it('says what is wrong with a threshold it cannot use', () => {
    expect(parseThreshold({ mustBe: 'none' })).toEqual({ problem: 'mustBe must be a number, not "none"' });
    expect(parseThreshold({ mustBeBetween: '["a",1]' })).toEqual({ problem: 'mustBeBetween must be a list of two numbers, not "[\\"a\\",1]"' });
    expect(parseThreshold({ metric: 'rowCount' })).toEqual({
      problem: 'it declares no threshold (mustBe, mustNotBe, mustBeGreaterThan, mustBeGreaterOrEqualTo, mustBeLessThan, mustBeLessOrEqualTo, mustBeBetween, mustNotBeBetween)',
    });
  });
});

describe('meetsThreshold', () => {
  it('compares as the operators read, bounds of a between inside it', () => {
    const meets = (properties: Record<string, unknown>, value: number) => meetsThreshold(conditionsOf(properties), value);
    expect([meets({ mustBe: 0 }, 0), meets({ mustBe: 0 }, 1)]).toEqual([true, false]);
    expect([meets({ mustNotBe: 3 }, 3), meets({ mustNotBe: 3 }, 2)]).toEqual([false, true]);
    expect([meets({ mustBeGreaterThan: 5 }, 5), meets({ mustBeGreaterThan: 5 }, 6)]).toEqual([false, true]);
    expect([meets({ mustBeGreaterOrEqualTo: 5 }, 5), meets({ mustBeGreaterOrEqualTo: 5 }, 4)]).toEqual([true, false]);
    expect([meets({ mustBeLessThan: 5 }, 5), meets({ mustBeLessThan: 5 }, 4)]).toEqual([false, true]);
    expect([meets({ mustBeLessOrEqualTo: 5 }, 5), meets({ mustBeLessOrEqualTo: 5 }, 6)]).toEqual([true, false]);
    expect([0, 1, 5, 6].map((value) => meets({ mustBeBetween: [1, 5] }, value))).toEqual([false, true, true, false]);
    expect([0, 1, 5, 6].map((value) => meets({ mustNotBeBetween: [1, 5] }, value))).toEqual([true, false, false, true]);
    expect([0, 5, 10].map((value) => meets({ mustBeGreaterThan: 0, mustBeLessThan: 10 }, value))).toEqual([false, true, false]);
  });
});

describe('describeThreshold', () => {
  it('says the threshold in words, with the unit a formatter gives', () => {
    expect(describeThreshold(conditionsOf({ mustBeGreaterOrEqualTo: 1000, mustBeLessOrEqualTo: 5000 }))).toBe('must be at least 1,000 and must be at most 5,000');
    expect(describeThreshold(conditionsOf({ mustNotBeBetween: [0, 2.5] }), (value) => `${value}%`)).toBe('must not be between 0% and 2.5%');
  });
});
