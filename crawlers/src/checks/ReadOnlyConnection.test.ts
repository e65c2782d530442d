import { describe, expect, it } from 'vitest';
import { readOnlyConnection } from './ReadOnlyConnection.ts';

describe('readOnlyConnection', () => {
  it("cuts the first column from the store's rows, and keeps its rows and close", async () => {
    const asked: string[] = [];
    const rows = async ({ sql }: { sql: string }) => {
      asked.push(sql);
      return [
        [1, 'a'],
        [2, 'b'],
      ];
    };
    const close = async () => {};
    const connection = readOnlyConnection(rows, close);
    expect(await connection.firstColumn({ sql: 'SELECT id, name FROM t', params: [] })).toEqual([1, 2]);
    expect(asked).toEqual(['SELECT id, name FROM t']);
    expect(connection.rows).toBe(rows);
    expect(connection.close).toBe(close);
  });
});
