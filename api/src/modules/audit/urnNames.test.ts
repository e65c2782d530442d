import { describe, expect, it } from 'vitest';
import { EntityType, type Entity } from '../entity/entity.type.ts';
import { displayNameOf, namesOfUrnsIn } from './urnNames.ts';

const DATASET = 'urn:polder:dataset:(postgres,rentals-db,rentals.public.customer)';
const FIELD = `urn:polder:field:(${DATASET},email)`;
const TERM = 'urn:polder:glossaryTerm:(rentals,customer)';
const entity = (type: EntityType, props: Record<string, unknown>) => ({ type, ...props }) as unknown as Entity;

describe('displayNameOf', () => {
  it('names a dataset by its qualified name, a column after its dataset, anything else by its name', () => {
    expect(displayNameOf(DATASET, entity(EntityType.DATASET, { name: 'customer', qualifiedName: 'rentals.public.customer' }))).toBe('rentals.public.customer');
    expect(displayNameOf(FIELD, entity(EntityType.FIELD, { name: 'email' }))).toBe('rentals.public.customer.email');
    expect(displayNameOf(TERM, entity(EntityType.GLOSSARY_TERM, { name: 'Customer' }))).toBe('Customer');
  });

  it("names a column of a table whose name its URN encodes as people wrote it", () => {
    const odd = 'urn:polder:field:(urn:polder:dataset:(postgres,rentals-db,rentals.public.fees %28EUR%29),price %28net%29)';
    expect(displayNameOf(odd, entity(EntityType.FIELD, { name: 'price (net)' }))).toBe('rentals.public.fees (EUR).price (net)');
  });
});

describe('namesOfUrnsIn', () => {
  it('names each URN the values hold once, and leaves out what names nothing', async () => {
    const asked: string[][] = [];
    const names = await namesOfUrnsIn([JSON.stringify({ terms: [] }), JSON.stringify({ terms: [TERM, 'urn:polder:glossaryTerm:(rentals,gone)'], owners: ['ada'] }), JSON.stringify({ x: TERM })], async (urns) => {
      asked.push(urns);
      return urns.map((urn) => (urn === TERM ? entity(EntityType.GLOSSARY_TERM, { name: 'Customer' }) : null));
    });
    expect(names).toEqual([{ urn: TERM, name: 'Customer' }]);
    expect(asked).toEqual([[TERM, 'urn:polder:glossaryTerm:(rentals,gone)']]);
  });

  it('asks nothing when the values hold no URN', async () => {
    expect(await namesOfUrnsIn([JSON.stringify({ description: 'x' })], async () => { throw new Error('not asked'); })).toEqual([]);
  });
});
