import { describe, expect, it } from 'vitest';
import { columnKind } from './columnKind.ts';

describe('columnKind', () => {
  it.each([
    ['integer', 'orderable'],
    ['numeric(10,2)', 'orderable'],
    ['character varying(45)', 'orderable'],
    ['timestamp with time zone', 'orderable'],
    ['double precision', 'orderable'],
    ['boolean', 'comparable'],
    ['uuid', 'comparable'],
    ['jsonb', 'comparable'],
    ['integer[]', 'comparable'],
    ['mpaa_rating', 'comparable'],
    ['bytea', 'binary'],
    [null, 'comparable'],
  ] as const)('postgres %s is %s', (type, kind) => {
    expect(columnKind('postgres', type)).toBe(kind);
  });

  it.each([
    ['int(11)', 'orderable'],
    ['varchar(50)', 'orderable'],
    ["enum('a','b')", 'orderable'],
    ['datetime', 'orderable'],
    ['json', 'comparable'],
    ['longblob', 'binary'],
    ['varbinary(16)', 'binary'],
    ['bit(1)', 'binary'],
  ] as const)('mysql %s is %s', (type, kind) => {
    expect(columnKind('mysql', type)).toBe(kind);
  });

  it.each([
    ['INTEGER', 'orderable'],
    ['TEXT', 'orderable'],
    ['BLOB', 'binary'],
    ['', 'comparable'],
  ] as const)('sqlite %s is %s', (type, kind) => {
    expect(columnKind('sqlite', type)).toBe(kind);
  });
});
