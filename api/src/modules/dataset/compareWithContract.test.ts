import { describe, expect, it } from 'vitest';
import { compareWithContract, describeContractProblem, type CrawledColumn, type CrawledTable } from './compareWithContract.ts';

const column = (name: string, dataType: string, more: Partial<CrawledColumn> = {}): CrawledColumn => ({ name, dataType, nullable: true, isPrimaryKey: false, ...more });

const orders: CrawledTable = {
  platform: 'postgres',
  subtype: 'TABLE',
  columns: [
    column('id', 'integer', { nullable: false, isPrimaryKey: true }),
    column('email', 'text'),
    column('amount', 'numeric(10,2)', { nullable: false }),
    column('notes', 'text'),
  ],
};

describe('compareWithContract', () => {
  it('finds nothing when the table keeps every promise, whatever else it has', () => {
    expect(
      compareWithContract(
        [
          { name: 'id', logicalType: 'integer', required: true, primaryKey: true },
          { name: 'email', logicalType: 'string' },
          { name: 'amount', physicalType: 'NUMERIC(10, 2)', required: true },
        ],
        orders,
      ),
    ).toEqual([]);
  });

  it('names each broken promise, in the contract order', () => {
    expect(
      compareWithContract(
        [
          { name: 'id', logicalType: 'string', required: true, primaryKey: true },
          { name: 'customer_id', logicalType: 'integer', required: true },
          { name: 'email', logicalType: 'string', required: true, primaryKey: true },
          { name: 'amount', physicalType: 'numeric(12,2)', logicalType: 'number' },
          { name: 'untyped' },
        ],
        orders,
      ),
    ).toEqual([
      { column: 'id', kind: 'LOGICAL_TYPE', promised: 'string', actual: 'integer' },
      { column: 'customer_id', kind: 'MISSING_COLUMN', promised: 'integer', actual: null },
      { column: 'email', kind: 'NULLABLE', promised: 'required', actual: 'nullable' },
      { column: 'email', kind: 'NOT_PRIMARY_KEY', promised: 'primary key', actual: 'not in the primary key' },
      { column: 'amount', kind: 'PHYSICAL_TYPE', promised: 'numeric(12,2)', actual: 'numeric(10,2)' },
      { column: 'untyped', kind: 'MISSING_COLUMN', promised: 'a column', actual: null },
    ]);
  });

  it("finds a column by the property's physicalName, else its name, exactly, else in another case", () => {
    const table: CrawledTable = { platform: 'postgres', subtype: 'TABLE', columns: [column('customerid', 'integer'), column('Email', 'text'), column('email', 'integer')] };
    expect(
      compareWithContract(
        [
          { name: 'Customer', physicalName: 'CustomerId', logicalType: 'integer' },
          { name: 'email', logicalType: 'string' },
          { name: 'customer' },
        ],
        table,
      ),
    ).toEqual([
      { column: 'email', kind: 'LOGICAL_TYPE', promised: 'string', actual: 'integer' },
      { column: 'customer', kind: 'MISSING_COLUMN', promised: 'a column', actual: null },
    ]);
  });

  it('does not judge a name two columns share in different cases, nor a nested property', () => {
    const table: CrawledTable = { platform: 'postgres', subtype: 'TABLE', columns: [column('Email', 'text'), column('EMAIL', 'text'), column('address', 'jsonb')] };
    expect(
      compareWithContract(
        [
          { name: 'email', logicalType: 'integer' },
          { name: 'address', logicalType: 'object' },
          { name: 'address.street', logicalType: 'string', required: true },
        ],
        table,
      ),
    ).toEqual([]);
  });

  it('does not judge an unknown type, nor NOT NULL and keys a view cannot declare', () => {
    const view: CrawledTable = { platform: 'postgres', subtype: 'VIEW', columns: [column('rating', 'mpaa_rating'), column('id', 'integer')] };
    expect(compareWithContract([{ name: 'rating', logicalType: 'string', required: true }, { name: 'id', logicalType: 'integer', primaryKey: true }], view)).toEqual([]);
    const foreign: CrawledTable = { ...view, subtype: 'FOREIGN_TABLE' };
    expect(compareWithContract([{ name: 'rating', required: true }, { name: 'id', primaryKey: true }], foreign)).toEqual([
      { column: 'rating', kind: 'NULLABLE', promised: 'required', actual: 'nullable' },
    ]);
  });

  it('does not hold a column to NOT NULL or a key when its store did not say', () => {
    const table: CrawledTable = { platform: 'postgres', subtype: 'TABLE', columns: [column('id', 'integer', { nullable: null, isPrimaryKey: null })] };
    expect(compareWithContract([{ name: 'id', required: true, primaryKey: true }], table)).toEqual([]);
  });
});

describe('describeContractProblem', () => {
  it('says what is there and what was promised', () => {
    expect(describeContractProblem({ column: 'amount', kind: 'LOGICAL_TYPE', promised: 'number', actual: 'text' })).toBe('amount is text, promised number');
    expect(describeContractProblem({ column: 'email', kind: 'NULLABLE', promised: 'required', actual: 'nullable' })).toBe('email is nullable, promised required');
    expect(describeContractProblem({ column: 'customer_id', kind: 'MISSING_COLUMN', promised: 'integer', actual: null })).toBe('customer_id is missing (promised integer)');
  });
});
