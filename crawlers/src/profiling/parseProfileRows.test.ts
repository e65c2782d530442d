import { describe, expect, it } from 'vitest';
import { parseProfileRows } from './parseProfileRows.ts';

const columns = [
  { name: 'status', fieldUrn: 'f:status', dataType: 'text', sensitive: false },
  { name: 'email', fieldUrn: 'f:email', dataType: 'text', sensitive: true },
  { name: 'photo', fieldUrn: 'f:photo', dataType: 'bytea', sensitive: false },
];

describe('parseProfileRows', () => {
  it('reads counts however the driver sends them, and orders top values by count then value', () => {
    const rows = [
      [1, 'summary', null, '4', '3', '2', null, null],
      ['0', 'top', 'closed', '1', null, null, null, null],
      [0, 'summary', null, 4n, 4, 3, 'closed', 'weird'],
      [0, 'top', 'weird', 1, null, null, null, null],
      [0, 'top', 'open', '2', null, null, null, null],
      [2, 'summary', null, 4, 0, 0, null, null],
    ];
    expect(parseProfileRows(rows, columns, ['orderable', 'orderable', 'binary'], false)).toEqual([
      {
        column: 'status', fieldUrn: 'f:status', rowCount: 4, nullCount: 0, nullFraction: 0, distinctCount: 3, distinctIsApproximate: false,
        min: 'closed', max: 'weird', topValues: [{ value: 'open', count: 2 }, { value: 'closed', count: 1 }, { value: 'weird', count: 1 }], valuesWithheld: false, sampled: false,
      },
      { column: 'email', fieldUrn: 'f:email', rowCount: 4, nullCount: 1, nullFraction: 0.25, distinctCount: 2, distinctIsApproximate: false, min: null, max: null, topValues: null, valuesWithheld: true, sampled: false },
      { column: 'photo', fieldUrn: 'f:photo', rowCount: 4, nullCount: 4, nullFraction: 1, distinctCount: 0, distinctIsApproximate: false, min: null, max: null, topValues: null, valuesWithheld: false, sampled: false },
    ]);
  });

  it('says the distinct count is approximate for a sample, and has no null fraction without rows', () => {
    const [profile] = parseProfileRows([[0, 'summary', null, 0, 0, 0, null, null]], columns.slice(0, 1), ['orderable'], true);
    expect(profile).toMatchObject({ rowCount: 0, nullFraction: null, distinctIsApproximate: true, topValues: [] });
  });

  it('fails on rows it cannot read, naming what', () => {
    expect(() => parseProfileRows([], columns.slice(0, 1), ['orderable'], false)).toThrow('the profile query returned no summary for column status');
    expect(() => parseProfileRows([[0, 'summary', null, 'many', 0, 0, null, null]], columns.slice(0, 1), ['orderable'], false)).toThrow('the row count came back as "many", not a count');
    expect(() => parseProfileRows([[7, 'summary', null, 1, 0, 0, null, null]], columns.slice(0, 1), ['orderable'], false)).toThrow('a row for column 7');
  });
});
