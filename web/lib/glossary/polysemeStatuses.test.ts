import { describe, expect, it } from 'vitest';

import { isPolysemeStatus, POLYSEME_STATUSES } from './polysemeStatuses';

describe('POLYSEME_STATUSES', () => {
  it('offers draft, then approved', () => {
    expect(POLYSEME_STATUSES.map(({ status }) => status)).toEqual(['DRAFT', 'APPROVED']);
  });
});

describe('isPolysemeStatus', () => {
  it('accepts the statuses only', () => {
    expect(['DRAFT', 'APPROVED', 'approved', 'IN_REVIEW', '', null].map(isPolysemeStatus)).toEqual([true, true, false, false, false, false]);
  });
});
