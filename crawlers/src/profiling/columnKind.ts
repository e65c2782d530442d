/**
 * What a profile can compute for a column, from its type as the crawler wrote it
 * (`Field.dataType`: PostgreSQL's format_type, MySQL's COLUMN_TYPE, SQLite's
 * declared type). Pure.
 *
 *   orderable   min and max (in the store's own order), distinct count, top values
 *   comparable  distinct count and top values, compared as text; no min or max
 *               (boolean, uuid, json, arrays, and any type Polder does not know,
 *               e.g. a PostgreSQL enum or domain: every type can be cast to text)
 *   binary      distinct count only: a value is bytes, not something to show
 *
 * Unknown types fall to `comparable`: never a min() the store may not have.
 */
import type { SqlDialect } from '../checks/quoteIdentifier.ts';

export type ColumnKind = 'orderable' | 'comparable' | 'binary';

const POSTGRES_ORDERABLE =
  /^(smallint|integer|bigint|int[248]?|numeric|decimal|real|double precision|float[48]|money|text|character varying|varchar|character|char|bpchar|name|citext|date|time|timestamp|interval)\b/;
const POSTGRES_BINARY = /^bytea\b/;
const MYSQL_BINARY = /^(tinyblob|blob|mediumblob|longblob|binary|varbinary|bit|geometry|point|linestring|polygon|multipoint|multilinestring|multipolygon|geometrycollection|geomcollection)\b/;
const MYSQL_COMPARABLE = /^json\b/;

export function columnKind(dialect: SqlDialect, dataType: string | null | undefined): ColumnKind {
  const type = (dataType ?? '').trim().toLowerCase();
  if (type === '') return 'comparable';
  switch (dialect) {
    case 'postgres':
      if (type.endsWith(']')) return 'comparable';
      if (POSTGRES_BINARY.test(type)) return 'binary';
      return POSTGRES_ORDERABLE.test(type) ? 'orderable' : 'comparable';
    case 'mysql':
      if (MYSQL_BINARY.test(type)) return 'binary';
      return MYSQL_COMPARABLE.test(type) ? 'comparable' : 'orderable';
    case 'sqlite':
      // SQLite orders any value (its own type order); a declared BLOB holds bytes.
      return /blob/.test(type) ? 'binary' : 'orderable';
  }
}
