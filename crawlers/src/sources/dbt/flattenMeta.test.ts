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

  it('keeps what lies past eight levels as JSON text, and leaves out what JSON cannot hold, instead of failing', () => {
    expect(flattenMeta({ a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } } }, 'meta')).toEqual({ 'meta.a.b.c.d.e.f.g.h': '{"i":1}' });
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let level = 0; level < 100_000; level++) deep = { next: deep };
    const flat = flattenMeta({ deep }, 'meta');
    expect(Object.keys(flat)).toEqual(['meta.deep.next.next.next.next.next.next.next']);
    expect(Object.values(flat)).toEqual(['(left out: nested too deeply to store)']);
  });
});
