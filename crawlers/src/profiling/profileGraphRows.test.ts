import { describe, expect, it } from 'vitest';
import type { DatasetProfileResult } from './ColumnProfile.ts';
import { profileGraphRows } from './profileGraphRows.ts';

const datasetUrn = 'urn:polder:dataset:(postgres,shop-db,shop.public.orders)';
const base = { sourceId: 'shop-db', datasetUrn, dataset: 'public.orders', profiledAt: '2026-01-01T00:00:00.000Z', durationMs: 1500, sampled: false };
const column = { rowCount: 4, nullCount: 1, nullFraction: 0.25, distinctCount: 2, distinctIsApproximate: false, sampled: false };

describe('profileGraphRows', () => {
  it('keys a run by dataset and run id, a column profile by its field, and stores no value of a withheld column', () => {
    const result: DatasetProfileResult = {
      ...base,
      outcome: 'OK',
      message: '4 rows, 2 columns',
      rowCount: 4,
      columns: [
        { ...column, column: 'status', fieldUrn: `urn:polder:field:(${datasetUrn},status)`, min: 'closed', max: 'open', topValues: [{ value: 'open', count: 3 }], valuesWithheld: false },
        { ...column, column: 'email', fieldUrn: `urn:polder:field:(${datasetUrn},email)`, min: null, max: null, topValues: null, valuesWithheld: true },
      ],
    };
    const [row, ...others] = profileGraphRows([result, { ...base, outcome: 'ERROR', message: 'timed out after 10 ms', rowCount: null, columns: [] }], 'run-1');
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      provider: 'profile:shop-db',
      runUrn: `urn:polder:profileRun:(${datasetUrn},run-1)`,
      runProps: { runId: 'run-1', rowCount: 4, durationSeconds: 1.5, columns: ['status', 'email'], nullCounts: [1, 1], distinctCounts: [2, 2] },
    });
    expect(row!.columns.map((entry) => entry.profileUrn)).toEqual([`urn:polder:columnProfile:(urn:polder:field:(${datasetUrn},status))`, `urn:polder:columnProfile:(urn:polder:field:(${datasetUrn},email))`]);
    expect(row!.columns[0]!.props).toMatchObject({ min: 'closed', max: 'open', topValues: ['open'], topCounts: [3], valuesWithheld: false });
    // Nulls, so writing them removes whatever an earlier run stored.
    expect(row!.columns[1]!.props).toMatchObject({ min: null, max: null, topValues: null, topCounts: null, valuesWithheld: true });
  });

  it('keeps no run of a dataset without columns: nothing was read', () => {
    const noColumns: DatasetProfileResult = { ...base, dataset: 'public.no_columns', outcome: 'OK', message: 'no columns: nothing to profile', rowCount: null, columns: [] };
    expect(profileGraphRows([noColumns], 'run-1')).toEqual([]);
  });
});
