import { describe, expect, it } from 'vitest';

import { buildFacetGroups } from './buildFacetGroups';

describe('buildFacetGroups', () => {
  it('labels fields and values and marks the selected ones', () => {
    expect(
      buildFacetGroups(
        [
          { field: 'type', values: [{ value: 'DATASET', count: 14 }, { value: 'DOMAIN', count: 1 }] },
          { field: 'certified', values: [{ value: 'false', count: 15 }] },
        ],
        [{ field: 'type', values: ['DOMAIN'] }],
      ),
    ).toEqual([
      {
        field: 'type',
        label: 'Type',
        values: [
          { value: 'DATASET', label: 'Dataset', count: 14, selected: false },
          { value: 'DOMAIN', label: 'Domain', count: 1, selected: true },
        ],
      },
      { field: 'certified', label: 'Certified or approved', values: [{ value: 'false', label: 'No', count: 15, selected: false }] },
    ]);
  });

  it('leaves out empty facets and fields the web cannot filter on', () => {
    expect(
      buildFacetGroups(
        [
          { field: 'tag', values: [] },
          { field: 'popularity', values: [{ value: 'high', count: 3 }] },
        ],
        [],
      ),
    ).toEqual([]);
  });

  it('lists a selected value that matches nothing, with 0', () => {
    expect(buildFacetGroups([{ field: 'domain', values: [] }], [{ field: 'domain', values: ['Nope'] }])).toEqual([
      { field: 'domain', label: 'Domain', values: [{ value: 'Nope', label: 'Nope', count: 0, selected: true }] },
    ]);
  });
});
