import { describe, expect, it } from 'vitest';
import { slaOf } from './slaOf.ts';

describe('slaOf', () => {
  it('reads the freshness objective and every sla.* entry, by key, as text', () => {
    expect(
      slaOf({
        name: 'Deliveries',
        freshnessSloSeconds: 900,
        freshnessSloElement: 'delivery_events.event_at',
        'sla.latency.value': 15,
        'sla.latency.unit': 'min',
        'sla.latency.analytics.value': 1,
        'sla.availability.value': 99.5,
        'sla.frequency.element': ['a.b', 'c.d'],
        'sla.retention.regulatory.description': 'Dutch fiscal retention',
      }),
    ).toEqual({
      freshnessSloSeconds: 900,
      freshnessSloElement: 'delivery_events.event_at',
      entries: [
        { key: 'availability.value', value: '99.5' },
        { key: 'frequency.element', value: 'a.b, c.d' },
        { key: 'latency.analytics.value', value: '1' },
        { key: 'latency.unit', value: 'min' },
        { key: 'latency.value', value: '15' },
        { key: 'retention.regulatory.description', value: 'Dutch fiscal retention' },
      ],
    });
  });

  it('says there is no freshness objective, and no entries, for a product without an SLA', () => {
    expect(slaOf({ name: 'Courier performance', freshnessSloSeconds: null, 'sla.frequency.value': null })).toEqual({
      freshnessSloSeconds: null,
      freshnessSloElement: null,
      entries: [],
    });
  });
});
