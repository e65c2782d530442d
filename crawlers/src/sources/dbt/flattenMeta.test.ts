import { describe, expect, it } from 'vitest';
import { flattenMeta } from './flattenMeta.ts';

describe('flattenMeta', () => {
  it('keeps scalars and arrays of strings or numbers, joins nested keys, and writes other values as JSON', () => {
    expect(
      flattenMeta(
        { owner: 'ops', certified: true, sla: { hours: 4, escalate: { to: 'oncall' } }, pii: ['email', 'phone'], weights: [1, 2.5], steps: [{ a: 1 }], mixed: [1, 'a'], empty: [], none: null },
        'meta',
      ),
    ).toEqual({
      'meta.owner': 'ops',
      'meta.certified': true,
      'meta.sla.hours': 4,
      'meta.sla.escalate.to': 'oncall',
      'meta.pii': ['email', 'phone'],
      'meta.weights': [1, 2.5],
      'meta.steps': '[{"a":1}]',
      'meta.mixed': '[1,"a"]',
    });
  });
});
