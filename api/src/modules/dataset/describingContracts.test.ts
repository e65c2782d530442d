import { describe, expect, it } from 'vitest';
import { conformanceOf } from './describingContracts.ts';

const table = {
  platform: 'postgres',
  subtype: 'TABLE',
  columns: [
    { name: 'id', dataType: 'integer', nullable: false, isPrimaryKey: true },
    { name: 'email', dataType: 'text', nullable: true, isPrimaryKey: false },
  ],
};

describe('conformanceOf', () => {
  it("judges each describing contract's fields, as the contract crawl wrote them and in its order, against the table's columns, by promise", () => {
    const orders = { urn: 'urn:polder:dataset:(contract,c,orders,orders)', name: 'orders' };
    const legacy = { urn: 'urn:polder:dataset:(contract,c,legacy,orders)', name: 'orders' };
    expect(
      conformanceOf(
        [
          {
            promise: orders,
            columns: [
              { name: 'email', position: 3, logicalType: 'string', nullable: false, isPrimaryKey: false },
              { name: 'customer_id', position: 2, logicalType: 'integer' },
              { name: 'id', position: 1, logicalType: 'integer', physicalType: null, physicalName: null, nullable: false, isPrimaryKey: true },
            ],
          },
          { promise: legacy, columns: [{ name: 'id', logicalType: 'integer', nullable: true, isPrimaryKey: false }] },
        ],
        table,
      ),
    ).toEqual([
      { promise: legacy, problems: [] },
      {
        promise: orders,
        problems: [
          { column: 'customer_id', kind: 'MISSING_COLUMN', promised: 'integer', actual: null },
          { column: 'email', kind: 'NULLABLE', promised: 'required', actual: 'nullable' },
        ],
      },
    ]);
  });

  it('reads what is not text or a flag as absent: odd input is not judged, and never throws', () => {
    const odd = { urn: 'urn:polder:dataset:(contract,c,odd,orders)' };
    expect(
      conformanceOf(
        [{ promise: odd, columns: [{ name: 42 }, { name: 'id', logicalType: 7, physicalType: ['int'], nullable: 'no', isPrimaryKey: 'yes' }, { name: 'email', physicalName: null, logicalType: 'string' }] }],
        { platform: null, subtype: 3, columns: [{ name: 'id', dataType: 5, nullable: 'yes' }, { name: 'email' }, { dataType: 'text' }] },
      ),
    ).toEqual([{ promise: odd, problems: [] }]);
  });
});
