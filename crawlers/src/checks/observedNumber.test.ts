import { describe, expect, it } from 'vitest';
import { checkErrorReason } from './checkErrorReason.ts';
import { observedNumber } from './observedNumber.ts';

describe('observedNumber', () => {
  it('reads the numbers drivers return, as numbers', () => {
    expect([observedNumber([3], 'q'), observedNumber(['12.50'], 'q'), observedNumber([10n], 'q'), observedNumber([null], 'q')]).toEqual([3, 12.5, 10, null]);
  });

  it('refuses anything but one number', () => {
    expect(() => observedNumber([], 'the check\'s SQL')).toThrow("the check's SQL returned no row; it must return one number");
    expect(() => observedNumber([1, 2], 'the check\'s SQL')).toThrow("the check's SQL returned several rows; it must return one number");
    expect(() => observedNumber(['abc'], 'q')).toThrow('q returned text, which is not a number');
    expect(() => observedNumber([Number.NaN], 'q')).toThrow('q returned NaN, which is not a number');
  });

  it('never quotes the value it refuses: it may be one nobody may see', () => {
    const refused = [['ada@example.com'], [new Date('2026-01-02T03:04:05Z')], [Buffer.from('ada@example.com')], [{ email: 'ada@example.com' }]];
    const messages = refused.map((column) => {
      try {
        observedNumber(column, "the check's SQL");
        return 'no error';
      } catch (error) {
        return checkErrorReason(error, 1_000);
      }
    });
    expect(messages).toEqual([
      "the check's SQL returned text, which is not a number",
      "the check's SQL returned a date, which is not a number",
      "the check's SQL returned bytes, which is not a number",
      "the check's SQL returned a value of type object, which is not a number",
    ]);
  });
});
