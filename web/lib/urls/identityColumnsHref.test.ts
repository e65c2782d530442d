import { describe, expect, it } from 'vitest';

import { identityChoiceHref, identityColumnsHref, identityColumnsParams } from './identityColumnsHref';

const TERM = 'urn:polder:glossaryTerm:(rentals,customer)';
const CUSTOMER = 'urn:polder:dataset:(postgres,rentals,public.customer)';

describe('identityColumnsHref', () => {
  it("leads to the editor's section of the term page", () => {
    expect(identityColumnsHref(TERM)).toBe('/glossary/terms/urn%3Apolder%3AglossaryTerm%3A(rentals%2Ccustomer)#identity-columns');
  });
});

describe('identityChoiceHref', () => {
  it('keeps what was chosen, which identityColumnsParams reads back, with no fragment', () => {
    const href = identityChoiceHref(TERM, { dataset: CUSTOMER, datasetQuery: 'cust omer' });
    expect(href).toBe(
      '/glossary/terms/urn%3Apolder%3AglossaryTerm%3A(rentals%2Ccustomer)?identityDatasetQuery=cust+omer&identityDataset=urn%3Apolder%3Adataset%3A%28postgres%2Crentals%2Cpublic.customer%29',
    );
    const query = Object.fromEntries(new URL(href, 'http://polder.test').searchParams);
    expect(identityColumnsParams(query)).toEqual({ dataset: CUSTOMER, datasetQuery: 'cust omer' });
  });

  it('is the bare term page when nothing was chosen', () => {
    expect(identityChoiceHref(TERM, { dataset: null, datasetQuery: '' })).toBe('/glossary/terms/urn%3Apolder%3AglossaryTerm%3A(rentals%2Ccustomer)');
  });
});

describe('identityColumnsParams', () => {
  it('reads the dataset chosen and the words narrowing the list', () => {
    expect(identityColumnsParams({ identityDataset: CUSTOMER, identityDatasetQuery: ' cust ' })).toEqual({ dataset: CUSTOMER, datasetQuery: 'cust' });
  });

  it('takes the first of repeated values, and blank or missing as none', () => {
    expect(identityColumnsParams({ identityDataset: [CUSTOMER, 'other'] })).toEqual({ dataset: CUSTOMER, datasetQuery: '' });
    expect(identityColumnsParams({ identityDataset: '  ', carriers: '50' })).toEqual({ dataset: null, datasetQuery: '' });
    expect(identityColumnsParams({})).toEqual({ dataset: null, datasetQuery: '' });
  });
});
