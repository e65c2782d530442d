import { describe, expect, it } from 'vitest';
import { trustSubjectUrn } from './trustSubjectUrn.ts';

describe('trustSubjectUrn', () => {
  const dataset = 'urn:polder:dataset:(postgres,rentals-db,rentals.public.customer)';
  it('queues a dataset, a product, a check, a result and an incident as themselves, and a field as its dataset', () => {
    expect(trustSubjectUrn(dataset)).toBe(dataset);
    expect(trustSubjectUrn('urn:polder:dataProduct:(rentals,orders)')).toBe('urn:polder:dataProduct:(rentals,orders)');
    expect(trustSubjectUrn('urn:polder:qualityCheck:(polder,rentals-db,fresh)')).toBe('urn:polder:qualityCheck:(polder,rentals-db,fresh)');
    expect(trustSubjectUrn('urn:polder:checkResult:(polder,rentals-db,fresh,run1)')).toBe('urn:polder:checkResult:(polder,rentals-db,fresh,run1)');
    expect(trustSubjectUrn(`urn:polder:field:(${dataset},email)`)).toBe(dataset);
  });
  it('queues nothing for what no score reads', () => {
    expect(trustSubjectUrn('urn:polder:domain:rentals')).toBeUndefined();
    expect(trustSubjectUrn('urn:polder:job:(airflow,load)')).toBeUndefined();
  });
});
