import { describe, expect, it } from 'vitest';
import { checkCount, checkOffset, checkPage } from './pageArguments.ts';

const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
    return { message, code: extensions.code, argument: extensions.argument };
  }
  throw new Error('not refused');
};

describe('page arguments', () => {
  it('pass a page within the maximum', () => {
    expect(checkPage(1, 0, 100)).toEqual({ limit: 1, offset: 0 });
    expect(checkPage(100, 12_345, 100)).toEqual({ limit: 100, offset: 12_345 });
  });

  it('refuse a limit out of range or not whole, naming the argument', () => {
    for (const limit of [0, -1, 101, 1.5, Number.NaN]) {
      expect(refusal(() => checkCount(limit, 100))).toEqual({ message: 'limit must be between 1 and 100', code: 'BAD_USER_INPUT', argument: 'limit' });
    }
    expect(refusal(() => checkCount(0, 50, 'input.limit'))).toEqual({ message: 'limit must be between 1 and 50', code: 'BAD_USER_INPUT', argument: 'input.limit' });
  });

  it('refuse a negative or fractional offset', () => {
    for (const offset of [-1, 0.5]) expect(refusal(() => checkOffset(offset))).toEqual({ message: 'offset must be 0 or more', code: 'BAD_USER_INPUT', argument: 'offset' });
  });
});
