import { describe, expect, it } from 'vitest';

import { termDiffValue } from './termDiffValue';

describe('termDiffValue', () => {
  it('reads JSON values in words', () => {
    expect([null, 'null', '""', '"Money in."', '["a","b"]', '[]', '[{"label":"FIBO"}]', '3', 'not json'].map(termDiffValue)).toEqual([
      '—',
      '—',
      '—',
      'Money in.',
      'a, b',
      '—',
      '{"label":"FIBO"}',
      '3',
      'not json',
    ]);
  });
});
