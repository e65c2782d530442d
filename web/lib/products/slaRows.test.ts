import { describe, expect, it } from 'vitest';

import { slaRows } from './slaRows';

describe('slaRows', () => {
  it('groups the entries of each property and driver into one row', () => {
    expect(
      slaRows([
        { key: 'latency.analytics.element', value: 'deliveries.delivered_at' },
        { key: 'latency.analytics.unit', value: 'h' },
        { key: 'latency.analytics.value', value: '1' },
        { key: 'latency.description', value: 'Within a quarter of an hour.' },
        { key: 'latency.unit', value: 'min' },
        { key: 'latency.value', value: '15' },
        { key: 'availability.value', value: '99.5' },
        { key: 'availability.unit', value: '%' },
        { key: 'frequency.schedule', value: '0 6 * * *' },
      ]),
    ).toEqual([
      { property: 'availability', driver: null, value: '99.5', unit: '%', element: null, description: null },
      { property: 'frequency', driver: null, value: null, unit: null, element: null, description: null },
      { property: 'latency', driver: null, value: '15', unit: 'min', element: null, description: 'Within a quarter of an hour.' },
      { property: 'latency', driver: 'analytics', value: '1', unit: 'h', element: 'deliveries.delivered_at', description: null },
    ]);
  });

  it('lists nothing for no entries, and skips a key without a part', () => {
    expect(slaRows([])).toEqual([]);
    expect(slaRows([{ key: 'latency', value: '1' }])).toEqual([]);
  });
});
