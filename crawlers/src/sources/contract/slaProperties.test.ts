import { describe, expect, it } from 'vitest';
import type { OdcsContract, OdcsSlaProperty } from './OdcsContract.ts';
import { slaProperties } from './slaProperties.ts';

const contract = (slaProperties: OdcsSlaProperty[], slaDefaultElement?: string): OdcsContract => ({
  apiVersion: 'v3.1.0',
  kind: 'DataContract',
  id: 'c',
  version: '1.0.0',
  status: 'active',
  slaProperties,
  ...(slaDefaultElement ? { slaDefaultElement } : {}),
});
const where = (pointer: string) => `contract:s/c.odcs.yaml#${pointer}`;

describe('slaProperties', () => {
  it('keys each promise by its property, and by its driver when it names one', () => {
    const { properties, warnings } = slaProperties(
      contract([
        { property: 'frequency', value: 1, valueExt: 1, unit: 'd', description: 'Daily' },
        { property: 'timeOfAvailability', value: '09:00-08:00', element: 'tab1.txn_ref_dt', driver: 'regulatory' },
        { property: 'timeOfAvailability', value: '08:00-08:00', driver: 'analytics' },
        { property: 'endOfLife', value: null },
      ]),
      where,
    );
    expect(properties).toEqual({
      'sla.frequency.value': 1,
      'sla.frequency.valueExt': 1,
      'sla.frequency.unit': 'd',
      'sla.frequency.description': 'Daily',
      'sla.timeOfAvailability.regulatory.value': '09:00-08:00',
      'sla.timeOfAvailability.regulatory.element': 'tab1.txn_ref_dt',
      'sla.timeOfAvailability.analytics.value': '08:00-08:00',
      freshnessSloSeconds: null,
      freshnessSloElement: null,
    });
    expect(warnings).toEqual([]);
  });

  it.each([
    [30, 's', 30],
    [15, 'min', 900],
    ['2', 'hours', 7_200],
    [4, 'd', 345_600],
    [1, 'W', 604_800],
    [1, 'yr', 31_536_000],
  ])('reads a latency of %s %s as a freshness SLO of %i seconds', (value, unit, seconds) => {
    expect(slaProperties(contract([{ property: 'latency', value, unit }]), where).properties.freshnessSloSeconds).toBe(seconds);
  });

  it('takes the strictest latency, with its element or the contract’s default one', () => {
    const { properties } = slaProperties(
      contract(
        [
          { property: 'latency', value: 1, unit: 'd', driver: 'analytics', element: 'orders.loaded_at' },
          { property: 'latency', value: 4, unit: 'h', driver: 'operational' },
        ],
        'orders.updated_at',
      ),
      where,
    );
    expect(properties).toMatchObject({ freshnessSloSeconds: 14_400, freshnessSloElement: 'orders.updated_at' });
  });

  it('warns of a latency it cannot read as a duration (a negative one too), and of a promise made twice', () => {
    const { properties, warnings } = slaProperties(
      contract([
        { property: 'latency', value: 3, unit: 'm' },
        { property: 'latency', value: 'soon', unit: 'd', driver: 'analytics' },
        { property: 'latency', value: -4, unit: 'h', driver: 'operational' },
        { property: 'retention', value: 1, unit: 'y' },
        { property: 'retention', value: 2, unit: 'y' },
      ]),
      where,
    );
    expect(properties).toMatchObject({ 'sla.latency.value': 3, 'sla.retention.value': 1, freshnessSloSeconds: null });
    expect(warnings).toEqual([
      { where: where('/slaProperties/0'), message: 'latency 3 m is not a duration Polder reads (a number ≥ 0 in s, min, h, d, w or y): no freshnessSloSeconds' },
      { where: where('/slaProperties/1'), message: 'latency "soon" d is not a duration Polder reads (a number ≥ 0 in s, min, h, d, w or y): no freshnessSloSeconds' },
      { where: where('/slaProperties/2'), message: 'latency -4 h is not a duration Polder reads (a number ≥ 0 in s, min, h, d, w or y): no freshnessSloSeconds' },
      { where: where('/slaProperties/4'), message: 'SLA "retention" is also at /slaProperties/3: the first is kept' },
    ]);
  });
});
