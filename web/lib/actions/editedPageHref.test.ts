import { describe, expect, it } from 'vitest';

import { editedPageHref } from './editedPageHref';

const DATASET = 'urn:polder:dataset:(sqlite,shop,main.orders)';

describe('editedPageHref', () => {
  it("gives a dataset's and a data product's own page, and a column's dataset page without the row's anchor", () => {
    expect(editedPageHref(DATASET)).toBe('/datasets/urn%3Apolder%3Adataset%3A(sqlite%2Cshop%2Cmain.orders)');
    expect(editedPageHref(`urn:polder:field:(${DATASET},email)`)).toBe('/datasets/urn%3Apolder%3Adataset%3A(sqlite%2Cshop%2Cmain.orders)');
    expect(editedPageHref('urn:polder:dataProduct:(shop,orders)')).toBe('/products/urn%3Apolder%3AdataProduct%3A(shop%2Corders)');
  });

  it('gives null for what has no page', () => {
    expect(editedPageHref('urn:polder:source:shop')).toBeNull();
    expect(editedPageHref('urn:polder:field:nonsense')).toBeNull();
    expect(editedPageHref('')).toBeNull();
  });
});
