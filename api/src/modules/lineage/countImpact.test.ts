import { describe, expect, it } from 'vitest';
import { summariseImpact } from './countImpact.ts';

describe('summariseImpact', () => {
  it('counts each dataset once per key, most first', () => {
    expect(
      summariseImpact([
        { domain: 'Finance', products: ['Revenue'], owners: ['ada', 'ada'] },
        { domain: 'Finance', products: [], owners: ['bo'] },
        { domain: null, products: ['Revenue', 'Churn'], owners: [] },
      ]),
    ).toEqual({
      byDomain: [
        { key: 'Finance', count: 2 },
        { key: '(no domain)', count: 1 },
      ],
      byProduct: [
        { key: 'Revenue', count: 2 },
        { key: 'Churn', count: 1 },
      ],
      byOwner: [
        { key: 'ada', count: 1 },
        { key: 'bo', count: 1 },
      ],
    });
  });
});
