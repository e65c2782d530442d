import { describe, expect, it } from 'vitest';

import { enumLabel } from './enumLabel';

describe('enumLabel', () => {
  it('writes an enum value as words, capitalised once', () => {
    expect(['PARTITIONED_TABLE', 'VIEW', 'MATERIALIZED_VIEW', ''].map(enumLabel)).toEqual(['Partitioned table', 'View', 'Materialized view', '']);
  });
});
