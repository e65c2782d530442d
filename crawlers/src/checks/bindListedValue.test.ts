import { describe, expect, it } from 'vitest';
import { bindListedValue } from './bindListedValue.ts';

describe('bindListedValue', () => {
  it('numbers its placeholders on PostgreSQL and binds the value as given', () => {
    const params: Array<string | number> = ['first'];
    expect([bindListedValue('postgres', params, 1), bindListedValue('postgres', params, 'N/A')]).toEqual(['$2', '$3']);
    expect(params).toEqual(['first', 1, 'N/A']);
  });

  it('binds a number as text on MySQL, and as text made a number again on SQLite', () => {
    const mysql: Array<string | number> = [];
    expect([bindListedValue('mysql', mysql, 1), bindListedValue('mysql', mysql, -2.5), bindListedValue('mysql', mysql, '01')]).toEqual(['?', '?', '?']);
    expect(mysql).toEqual(['1', '-2.5', '01']);
    const sqlite: Array<string | number> = [];
    expect([bindListedValue('sqlite', sqlite, 1), bindListedValue('sqlite', sqlite, 'a')]).toEqual(['(? + 0)', '?']);
    expect(sqlite).toEqual(['1', 'a']);
  });
});
