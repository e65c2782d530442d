import { describe, expect, it } from 'vitest';
import { JoinRuleError, parseJoinRule } from './joinRule.ts';

describe('parseJoinRule', () => {
  it('reads equalities joined by AND, the dataset being everything before the last dot', () => {
    expect(parseJoinRule('rentals.public.customer.email = delivery.app.customers.email')).toEqual([
      { left: { dataset: 'rentals.public.customer', column: 'email' }, right: { dataset: 'delivery.app.customers', column: 'email' } },
    ]);
    expect(parseJoinRule('a.t.x = b.u.y AND a.t.z=b.u.w')).toEqual([
      { left: { dataset: 'a.t', column: 'x' }, right: { dataset: 'b.u', column: 'y' } },
      { left: { dataset: 'a.t', column: 'z' }, right: { dataset: 'b.u', column: 'w' } },
    ]);
  });

  it('names what is not a column or not an equality', () => {
    expect(() => parseJoinRule('email = delivery.app.customers.email')).toThrow(new JoinRuleError('"email" is not <dataset>.<column>, e.g. rentals.public.customer.email'));
    expect(() => parseJoinRule('a.b.c < d.e.f')).toThrow('condition 1 ("a.b.c < d.e.f") must be one equality: <dataset>.<column> = <dataset>.<column>');
  });
});
