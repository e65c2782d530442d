import { describe, expect, it } from 'vitest';
import { assessedAssetUrn } from './assessedAssetUrn.ts';

describe('assessedAssetUrn', () => {
  const dataset = 'urn:polder:dataset:(postgres,rentals-db,rentals.public.customer)';
  it('queues a dataset, a product, a check, a result and an incident as themselves, and a field as its dataset', () => {
    expect(assessedAssetUrn(dataset)).toBe(dataset);
    expect(assessedAssetUrn('urn:polder:dataProduct:(rentals,orders)')).toBe('urn:polder:dataProduct:(rentals,orders)');
    expect(assessedAssetUrn('urn:polder:qualityCheck:(polder,rentals-db,fresh)')).toBe('urn:polder:qualityCheck:(polder,rentals-db,fresh)');
    expect(assessedAssetUrn('urn:polder:checkResult:(polder,rentals-db,fresh,run1)')).toBe('urn:polder:checkResult:(polder,rentals-db,fresh,run1)');
    expect(assessedAssetUrn(`urn:polder:field:(${dataset},email)`)).toBe(dataset);
  });
  it('queues nothing for what no score reads', () => {
    expect(assessedAssetUrn('urn:polder:domain:rentals')).toBeUndefined();
    expect(assessedAssetUrn('urn:polder:job:(airflow,load)')).toBeUndefined();
  });
});
