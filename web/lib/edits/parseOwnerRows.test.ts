import { describe, expect, it } from 'vitest';

import { parseOwnerRows } from './parseOwnerRows';

describe('parseOwnerRows', () => {
  it('pairs names with types in order and drops blank rows', () => {
    expect(parseOwnerRows([' ada ', '', 'rentals-team'], ['BUSINESS_OWNER', 'DATA_STEWARD', 'TECHNICAL_OWNER'])).toEqual([
      { name: 'ada', type: 'BUSINESS_OWNER' },
      { name: 'rentals-team', type: 'TECHNICAL_OWNER' },
    ]);
  });

  it('falls back to technical owner for a missing or unknown type', () => {
    expect(parseOwnerRows(['a', 'b'], ['NOPE'])).toEqual([
      { name: 'a', type: 'TECHNICAL_OWNER' },
      { name: 'b', type: 'TECHNICAL_OWNER' },
    ]);
  });
});
