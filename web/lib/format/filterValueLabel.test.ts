import { describe, expect, it } from 'vitest';

import { filterValueLabel } from './filterValueLabel';

describe('filterValueLabel', () => {
  it('names types and certification in words', () => {
    expect(filterValueLabel('type', 'DATASET')).toEqual('Dataset');
    expect(filterValueLabel('certified', 'true')).toEqual('Yes');
    expect(filterValueLabel('certified', 'false')).toEqual('No');
  });

  it('shows other values as they are', () => {
    expect(filterValueLabel('domain', 'Rentals')).toEqual('Rentals');
    expect(filterValueLabel('type', 'DASHBOARD')).toEqual('DASHBOARD');
    expect(filterValueLabel('certified', 'maybe')).toEqual('maybe');
  });
});
