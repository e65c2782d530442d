/**
 * Judges what a check's query observed. Pure: check config + observed number →
 * PASS or FAIL with a message a person can act on, e.g.
 *
 *   FAIL  "newest booked_at is 2,900 minutes old (SLO: at most 1,440)"
 *   PASS  "0.5% of email is null (at most 5%)"
 *
 * ERROR is not decided here: it is what runChecks records when the query itself
 * fails or times out, which says nothing about the data.
 */
import type { CheckConfig } from '@polder/runtime';

export interface CheckVerdict {
  outcome: 'PASS' | 'FAIL';
  message: string;
}

export function evaluateCheck(check: CheckConfig, observed: number | null): CheckVerdict {
  const verdict = (passed: boolean, message: string): CheckVerdict => ({ outcome: passed ? 'PASS' : 'FAIL', message });
  switch (check.kind) {
    case 'rowCount': {
      const rows = observed ?? 0;
      return verdict(withinBounds(rows, check), `${count(rows)} ${rows === 1 ? 'row' : 'rows'} (${describeBounds(check)})`);
    }
    case 'freshness':
      if (observed === null) return verdict(false, `no value in ${check.column}: nothing to tell the data's age by (SLO: at most ${count(check.maxAgeMinutes)} minutes)`);
      return verdict(
        observed <= check.maxAgeMinutes,
        `newest ${check.column} is ${count(Math.round(observed))} ${Math.round(observed) === 1 ? 'minute' : 'minutes'} old (SLO: at most ${count(check.maxAgeMinutes)})`,
      );
    case 'nullFraction': {
      const fraction = observed ?? 0;
      return verdict(fraction <= check.max, `${percent(fraction)} of ${check.column} is null (at most ${percent(check.max)})`);
    }
    case 'uniqueness': {
      const duplicates = observed ?? 0;
      return verdict(duplicates <= check.maxDuplicates, `${count(duplicates)} duplicate ${duplicates === 1 ? 'value' : 'values'} in ${check.column} (at most ${count(check.maxDuplicates)})`);
    }
    case 'acceptedValues': {
      const unexpected = observed ?? 0;
      return verdict(
        unexpected === 0,
        `${count(unexpected)} ${unexpected === 1 ? 'row has' : 'rows have'} a value of ${check.column} outside ${JSON.stringify(check.values)}`,
      );
    }
    case 'customSql':
      if (observed === null) return verdict(false, `the query returned NULL (${describeBounds(check)})`);
      return verdict(withinBounds(observed, check), `the query returned ${count(observed)} (${describeBounds(check)})`);
  }
}

function withinBounds(value: number, bounds: { min?: number; max?: number }): boolean {
  return (bounds.min === undefined || value >= bounds.min) && (bounds.max === undefined || value <= bounds.max);
}

function describeBounds({ min, max }: { min?: number; max?: number }): string {
  if (min !== undefined && max !== undefined) return `expected ${count(min)} to ${count(max)}`;
  if (min !== undefined) return `expected at least ${count(min)}`;
  return `expected at most ${count(max!)}`;
}

const count = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 4 });
const percent = (fraction: number) => `${(fraction * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
