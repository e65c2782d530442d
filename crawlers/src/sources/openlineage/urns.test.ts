import { describe, expect, it } from 'vitest';
import { parseUrn } from '@polder/graph-schema';
import { datasetUrn, fieldUrn, jobUrn, openLineageProvider, runUrn } from './urns.ts';

describe('OpenLineage URNs', () => {
  it('names jobs, runs, datasets and fields, with namespaces holding ":" and "/"', () => {
    expect(jobUrn('food_delivery', 'etl_orders')).toBe('urn:polder:job:(food_delivery,etl_orders)');
    expect(runUrn('4d3b8069-69b6-4708-ade0-3275112c9f04')).toBe('urn:polder:run:4d3b8069-69b6-4708-ade0-3275112c9f04');
    expect(datasetUrn('postgres://db:5432', 'public.orders')).toBe('urn:polder:dataset:(openlineage,postgres://db:5432,public.orders)');
    expect(fieldUrn('postgres://db:5432', 'public.orders', 'id')).toBe('urn:polder:field:(urn:polder:dataset:(openlineage,postgres://db:5432,public.orders),id)');
    expect(parseUrn(fieldUrn('s3://b', '/a/b', 'x')).parts[0]).toEqual({ type: 'dataset', parts: ['openlineage', 's3://b', '/a/b'] });
  });

  it('names the provider after the namespace', () => {
    expect(openLineageProvider('food_delivery')).toBe('openlineage:food_delivery');
  });
});
