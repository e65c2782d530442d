import { describe, expect, it } from 'vitest';
import { logicalTypeVerdict, normaliseType, physicalTypeVerdict } from './contractColumnTypes.ts';

describe('logicalTypeVerdict', () => {
  it("reads PostgreSQL's format_type names", () => {
    const verdicts = (logical: string, types: string[]) => types.map((type) => logicalTypeVerdict(logical, type, 'postgres'));
    expect(verdicts('string', ['character varying(45)', 'character(1)', 'text', 'uuid', 'integer'])).toEqual(['fits', 'fits', 'fits', 'fits', 'differs']);
    expect(verdicts('integer', ['integer', 'bigint', 'smallint', 'numeric(10,0)', 'text'])).toEqual(['fits', 'fits', 'fits', 'differs', 'differs']);
    expect(verdicts('number', ['numeric(10,2)', 'double precision', 'real', 'integer', 'text'])).toEqual(['fits', 'fits', 'fits', 'fits', 'differs']);
    expect(verdicts('boolean', ['boolean', 'smallint'])).toEqual(['fits', 'differs']);
    expect(verdicts('date', ['date', 'timestamp without time zone'])).toEqual(['fits', 'differs']);
    expect(verdicts('timestamp', ['timestamp(3) with time zone', 'timestamp without time zone', 'date'])).toEqual(['fits', 'fits', 'differs']);
    expect(verdicts('time', ['time without time zone', 'time with time zone'])).toEqual(['fits', 'fits']);
    expect(verdicts('object', ['jsonb', 'json', 'text'])).toEqual(['fits', 'fits', 'differs']);
    expect(verdicts('array', ['integer[]', 'character varying(20)[]', 'jsonb', 'integer'])).toEqual(['fits', 'fits', 'fits', 'differs']);
    expect(verdicts('string', ['text[]'])).toEqual(['differs']);
  });

  it("reads MySQL's and MariaDB's COLUMN_TYPE, whose BOOLEAN is tinyint(1)", () => {
    const verdicts = (logical: string, types: string[]) => types.map((type) => logicalTypeVerdict(logical, type, 'mysql'));
    expect(verdicts('integer', ['int(11)', 'int unsigned', 'bigint(20) unsigned', 'tinyint(4)', 'decimal(5,2)'])).toEqual(['fits', 'fits', 'fits', 'fits', 'differs']);
    expect(verdicts('string', ['varchar(45)', "enum('G','PG')", 'longtext', 'datetime'])).toEqual(['fits', 'fits', 'fits', 'differs']);
    expect(verdicts('boolean', ['tinyint(1)', 'tinyint(4)'])).toEqual(['fits', 'differs']);
    expect(verdicts('timestamp', ['datetime', 'timestamp', 'date'])).toEqual(['fits', 'fits', 'differs']);
  });

  it("reads SQLite's declared types, where booleans are integers and dates text or numbers", () => {
    const verdicts = (logical: string, types: string[]) => types.map((type) => logicalTypeVerdict(logical, type, 'sqlite'));
    expect(verdicts('integer', ['INTEGER', 'INT', 'TEXT'])).toEqual(['fits', 'fits', 'differs']);
    expect(verdicts('string', ['VARCHAR(50)', 'TEXT', 'INTEGER'])).toEqual(['fits', 'fits', 'differs']);
    expect(verdicts('boolean', ['BOOLEAN', 'INTEGER', 'TEXT'])).toEqual(['fits', 'fits', 'differs']);
    expect(verdicts('date', ['DATE', 'TEXT', 'REAL', 'DATETIME', 'BLOB'])).toEqual(['fits', 'fits', 'fits', 'fits', 'unknown']);
  });

  it('does not judge what it cannot read: no type, a type it does not list, a logical type ODCS does not define, another platform', () => {
    expect(logicalTypeVerdict('string', null, 'postgres')).toBe('unknown');
    expect(logicalTypeVerdict('string', '', 'sqlite')).toBe('unknown');
    expect(logicalTypeVerdict('string', 'mpaa_rating', 'postgres')).toBe('unknown');
    expect(logicalTypeVerdict('string', 'bytea', 'postgres')).toBe('unknown');
    expect(logicalTypeVerdict('decimal', 'integer', 'postgres')).toBe('unknown');
    expect(logicalTypeVerdict('string', 'integer', 'bigquery')).toBe('unknown');
  });

  it("does not take a type named like an object's own property for one it knows", () => {
    expect(logicalTypeVerdict('string', 'constructor', 'postgres')).toBe('unknown');
    expect(logicalTypeVerdict('string', 'public.tostring', 'postgres')).toBe('unknown');
    expect(physicalTypeVerdict('constructor', 'constructor', 'mysql')).toBe('fits');
    expect(physicalTypeVerdict('constructor', 'hasownproperty', 'postgres')).toBe('differs');
    expect(physicalTypeVerdict('text', 'text', 'constructor')).toBe('fits');
  });

  it('reads the logical type in any case', () => {
    expect(logicalTypeVerdict(' Integer ', 'integer', 'postgres')).toBe('fits');
  });
});

describe('physicalTypeVerdict', () => {
  it('compares as the store spells the type, ignoring case and spacing', () => {
    expect(physicalTypeVerdict('NUMERIC( 10, 2 )', 'numeric(10,2)', 'postgres')).toBe('fits');
    expect(physicalTypeVerdict('numeric(12,2)', 'numeric(10,2)', 'postgres')).toBe('differs');
    expect(physicalTypeVerdict('VARCHAR(50)', 'varchar(50)', 'sqlite')).toBe('fits');
    expect(physicalTypeVerdict('VARCHAR(50)', 'TEXT', 'sqlite')).toBe('differs');
  });

  it("writes PostgreSQL's other names for a type as format_type does", () => {
    expect(physicalTypeVerdict('varchar(18)', 'character varying(18)', 'postgres')).toBe('fits');
    expect(physicalTypeVerdict('varchar(18)', 'character varying(20)', 'postgres')).toBe('differs');
    expect(physicalTypeVerdict('int4', 'integer', 'postgres')).toBe('fits');
    expect(physicalTypeVerdict('timestamptz', 'timestamp with time zone', 'postgres')).toBe('fits');
    expect(physicalTypeVerdict('timestamp', 'timestamp with time zone', 'postgres')).toBe('differs');
    expect(physicalTypeVerdict('timestamptz(3)', 'timestamp(3) with time zone', 'postgres')).toBe('fits');
    expect(physicalTypeVerdict('int[]', 'integer[]', 'postgres')).toBe('fits');
  });

  it("reads a PostgreSQL type's name without the schema format_type names it with", () => {
    expect(physicalTypeVerdict('invoice_status', 'billing.invoice_status', 'postgres')).toBe('fits');
    expect(physicalTypeVerdict('billing.invoice_status', 'billing.invoice_status', 'postgres')).toBe('fits');
    expect(physicalTypeVerdict('Rental_Status', '"public"."rental_status"', 'postgres')).toBe('fits');
    expect(physicalTypeVerdict('invoice_status', 'billing.payment_status', 'postgres')).toBe('differs');
  });

  it("writes MySQL's other names as COLUMN_TYPE does, without an integer's display width", () => {
    expect(physicalTypeVerdict('INTEGER', 'int(11)', 'mysql')).toBe('fits');
    expect(physicalTypeVerdict('int unsigned', 'int(10) unsigned', 'mysql')).toBe('fits');
    expect(physicalTypeVerdict('int', 'int(10) unsigned', 'mysql')).toBe('differs');
    expect(physicalTypeVerdict('BOOLEAN', 'tinyint(1)', 'mysql')).toBe('fits');
    expect(physicalTypeVerdict('tinyint(1)', 'tinyint(4)', 'mysql')).toBe('differs');
    expect(physicalTypeVerdict('NUMERIC(5,2)', 'decimal(5,2)', 'mysql')).toBe('fits');
  });

  it('does not judge a column with no type', () => {
    expect(physicalTypeVerdict('TEXT', '', 'sqlite')).toBe('unknown');
    expect(physicalTypeVerdict('text', null, 'postgres')).toBe('unknown');
  });
});

describe('normaliseType', () => {
  it('lower-cases, and keeps single spaces between words only', () => {
    expect(normaliseType('  Timestamp( 3 )   WITH time  zone ')).toBe('timestamp(3) with time zone');
    expect(normaliseType('INT(10)  UNSIGNED')).toBe('int(10) unsigned');
    expect(normaliseType("ENUM( 'a' , 'b' )")).toBe("enum('a','b')");
  });
});
