import { describe, expect, it } from 'vitest';
import { checkErrorReason } from './checkErrorReason.ts';

describe('checkErrorReason', () => {
  it.each([
    ['invalid input syntax for type timestamp with time zone: "ada@example.com"', 'invalid input syntax for type timestamp with time zone: (value withheld)'],
    ['value "99999999999" is out of range for type integer', 'value (value withheld) is out of range for type integer'],
    ['invalid input value for enum mood: "secret"', 'invalid input value for enum mood: (value withheld)'],
    ["Incorrect datetime value: 'ada@example.com' for column `created_at` at row 1", 'Incorrect datetime value: (value withheld) for column `created_at` at row 1'],
    ["Duplicate entry 'ada@example.com' for key 'email'", "Duplicate entry (value withheld) for key 'email'"],
    ['column "created_at" does not exist', 'column "created_at" does not exist'],
    ['relation "public.orders" does not exist', 'relation "public.orders" does not exist'],
    ['no such column: "emial" - should this be a string literal in single-quotes?', 'no such column: "emial" - should this be a string literal in single-quotes?'],
    ['no such table: main.orderz', 'no such table: main.orderz'],
    ['datatype mismatch: "ada@example.com"', 'datatype mismatch: (value withheld)'],
  ])('%s', (message, reason) => {
    expect(checkErrorReason(new Error(message), 1_000)).toBe(reason);
  });

  it('keeps a reason short', () => {
    expect(checkErrorReason(new Error('x'.repeat(1_000)), 1_000)).toHaveLength(300);
  });
});
