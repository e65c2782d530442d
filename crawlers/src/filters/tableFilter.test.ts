import { describe, expect, it } from 'vitest';
import { compileTableFilter } from './tableFilter.ts';

describe('compileTableFilter', () => {
  it.each([
    [{ include: [], exclude: [] }, 'public.customer', true],
    [{ include: ['sales.*'], exclude: [] }, 'sales.orders', true],
    [{ include: ['sales.*'], exclude: [] }, 'public.orders', false],
    [{ include: [], exclude: ['*.tmp_*'] }, 'sales.tmp_load', false],
    [{ include: [], exclude: ['*.tmp_*'] }, 'sales.orders', true],
    [{ include: ['sales.*'], exclude: ['sales.audit'] }, 'sales.audit', false],
    // A dot in a pattern is literal, and `*` does not cross a dot.
    [{ include: ['s*'], exclude: [] }, 'sales.orders', false],
    [{ include: ['sales.order_'], exclude: [] }, 'sales.orderx', false],
  ])('%j on %s is %s', (filter, name, expected) => {
    expect(compileTableFilter(filter)(name)).toBe(expected);
  });
});
