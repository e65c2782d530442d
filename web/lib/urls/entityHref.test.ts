import { describe, expect, it } from 'vitest';

import { entityHref, urnHref } from './entityHref';
import { urnFromPathSegment } from './urnFromPathSegment';

const DATASET = 'urn:polder:dataset:(postgres,rentals-db,rentals.public.customer)';
const TERM = 'urn:polder:glossaryTerm:(rentals,customer)';
const POLYSEME = 'urn:polder:polyseme:customer';
const DOMAIN = 'urn:polder:domain:rentals';
const PRODUCT = 'urn:polder:dataProduct:(rentals,rental-orders)';
const JOB = 'urn:polder:job:(finance-pipelines,load_rental_invoices)';

describe('entityHref', () => {
  it('links datasets, columns (as a row of their dataset), glossary terms, polysemes, domains, data products and jobs', () => {
    expect(entityHref(DATASET, 'DATASET')).toBe(`/datasets/${encodeURIComponent(DATASET)}`);
    expect(entityHref(`urn:polder:field:(${DATASET},email)`, 'FIELD')).toBe(`/datasets/${encodeURIComponent(DATASET)}#column-email`);
    expect(entityHref(TERM, 'GLOSSARY_TERM')).toBe('/glossary/terms/urn%3Apolder%3AglossaryTerm%3A(rentals%2Ccustomer)');
    expect(entityHref(POLYSEME, 'POLYSEME')).toBe('/polysemes/urn%3Apolder%3Apolyseme%3Acustomer');
    expect(entityHref(DOMAIN, 'DOMAIN')).toBe('/domains/urn%3Apolder%3Adomain%3Arentals');
    expect(entityHref(PRODUCT, 'DATA_PRODUCT')).toBe('/products/urn%3Apolder%3AdataProduct%3A(rentals%2Crental-orders)');
    expect(entityHref(JOB, 'JOB')).toBe('/jobs/urn%3Apolder%3Ajob%3A(finance-pipelines%2Cload_rental_invoices)');
  });

  it('gives null for what has no page yet', () => {
    expect(entityHref('urn:polder:source:rentals-db', 'SOURCE')).toBeNull();
    expect(entityHref('urn:polder:field:nonsense', 'FIELD')).toBeNull();
  });

  it('round-trips the URN through the path segment', () => {
    for (const [urn, type] of [[TERM, 'GLOSSARY_TERM'], [POLYSEME, 'POLYSEME'], [DOMAIN, 'DOMAIN'], [PRODUCT, 'DATA_PRODUCT'], [JOB, 'JOB']] as const) {
      const segment = entityHref(urn, type)!.split('/').at(-1)!;
      expect(urnFromPathSegment(segment)).toBe(urn);
    }
  });
});

describe('urnHref', () => {
  it('infers the type from the URN', () => {
    expect(urnHref(DATASET)).toBe(entityHref(DATASET, 'DATASET'));
    expect(urnHref(TERM)).toBe(entityHref(TERM, 'GLOSSARY_TERM'));
    expect(urnHref(POLYSEME)).toBe(entityHref(POLYSEME, 'POLYSEME'));
    expect(urnHref(PRODUCT)).toBe(entityHref(PRODUCT, 'DATA_PRODUCT'));
    expect(urnHref(JOB)).toBe(entityHref(JOB, 'JOB'));
  });

  it('leaves checks, results and incidents as text', () => {
    expect(urnHref('urn:polder:qualityCheck:(polder,trust-sales,orders-rows)')).toBeNull();
    expect(urnHref('urn:polder:incident:abc')).toBeNull();
  });
});
