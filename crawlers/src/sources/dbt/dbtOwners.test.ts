import { describe, expect, it } from 'vitest';
import { dbtOwners } from './dbtOwners.ts';

describe('dbtOwners', () => {
  it.each([
    [{ owner: 'ana@shop.example' }, [], ['ana@shop.example']],
    [{ owner: ['ana', 'ben', 'ana'] }, [], ['ana', 'ben']],
    [{ owner: { name: 'Ana', email: 'ana@shop.example' } }, [], ['Ana <ana@shop.example>']],
    [{}, [{ name: 'Sales analytics', email: null }, undefined], ['Sales analytics']],
    [{ owner: 'ana' }, [{ email: 'sales@shop.example' }], ['ana', 'sales@shop.example']],
    [{ owner: 42 }, [], []],
  ])('reads %j with group or exposure owners %j', (meta, owners, expected) => {
    expect(dbtOwners(meta, ...owners)).toEqual(expected);
  });
});
