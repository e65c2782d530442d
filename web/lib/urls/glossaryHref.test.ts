import { describe, expect, it } from 'vitest';

import { glossaryHref, glossaryReviewHref, glossaryTermHref, newGlossaryTermHref } from './glossaryHref';

describe('glossaryTermHref', () => {
  it('encodes the whole URN as one path segment', () => {
    expect(glossaryTermHref('urn:polder:glossaryTerm:(rentals,customer)')).toBe('/glossary/terms/urn%3Apolder%3AglossaryTerm%3A(rentals%2Ccustomer)');
  });

  it('leads to a later page of the datasets carrying it, in its section', () => {
    expect(glossaryTermHref('urn:polder:glossaryTerm:(rentals,customer)', 50)).toBe('/glossary/terms/urn%3Apolder%3AglossaryTerm%3A(rentals%2Ccustomer)?carriers=50#carriers');
    expect(glossaryTermHref('urn:polder:glossaryTerm:(rentals,customer)', 0)).toBe('/glossary/terms/urn%3Apolder%3AglossaryTerm%3A(rentals%2Ccustomer)');
  });
});

describe('glossaryHref', () => {
  it('points at a glossary section by a safe id', () => {
    expect(glossaryHref()).toBe('/glossary');
    expect(glossaryHref('enterprise')).toBe('/glossary#glossary-enterprise');
    expect(glossaryHref('sales.eu')).toBe('/glossary#glossary-sales_eu');
  });
});

describe('newGlossaryTermHref', () => {
  it('names the glossary in the query', () => {
    expect(newGlossaryTermHref('rentals')).toBe('/glossary/new?glossary=rentals');
  });
});

describe('glossaryReviewHref', () => {
  it('names the decided term in the query', () => {
    expect(glossaryReviewHref()).toBe('/glossary/review');
    expect(glossaryReviewHref('urn:polder:glossaryTerm:(rentals,van)')).toBe('/glossary/review?decided=urn%3Apolder%3AglossaryTerm%3A%28rentals%2Cvan%29');
  });
});
