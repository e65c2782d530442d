import { describe, expect, it } from 'vitest';

import { matchedColumns } from './matchedColumns';

describe('matchedColumns', () => {
  it('returns the column names of `column` highlights, unmarked and once each', () => {
    expect(
      matchedColumns([
        { field: 'name', snippet: '<mark>customer</mark>' },
        { field: 'column', snippet: '<mark>customer</mark>_id' },
        { field: 'column', snippet: '<mark>customer</mark>_id' },
        { field: 'column', snippet: 'email' },
        { field: 'columnDescription', snippet: 'the <mark>customer</mark>' },
      ]),
    ).toEqual(['customer_id', 'email']);
  });
});
