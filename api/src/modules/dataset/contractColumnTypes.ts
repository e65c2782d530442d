/**
 * Whether a crawled column's type keeps the type a data contract promised of it
 * (compareWithContract.ts). Two promises, two rules:
 *
 * - an ODCS `logicalType` (string, integer, number, boolean, date, timestamp, time,
 *   object, array) fits the column when the column's type is of that family in the
 *   table below: `character varying(45)` is a string, `int(10) unsigned` an integer;
 * - a `physicalType` is a type name in the store's own words, so it is compared with
 *   the column's type as the store spells it (PostgreSQL's `format_type`, MySQL's
 *   `COLUMN_TYPE`, SQLite's declared type), ignoring case and spacing, once the few
 *   other spellings the store accepts for the same type are written its way:
 *
 *     contract `VARCHAR(18)`    on PostgreSQL  → `character varying(18)`
 *     contract `timestamptz`    on PostgreSQL  → `timestamp with time zone`
 *     contract `invoice_status` on PostgreSQL  = `billing.invoice_status` (format_type's schema is where, not what)
 *     contract `INTEGER`        on MySQL       → `int`   (and MariaDB's `int(11)` is `int`: a display width is no type)
 *
 * Each answers `unknown` rather than guess when it cannot tell: a column with no type
 * (SQLite lets a column have none; dbt without its catalog), a type this table does not
 * list (a PostgreSQL enum or domain such as `mpaa_rating`, `bytea`, `interval`: the
 * crawled name does not say what it is made of), a logical type ODCS does not define,
 * or a platform other than these three. An unknown type is not judged, so not a
 * problem: a check that flagged every column it cannot read would be ignored, and
 * with it the breaks it does find.
 */

/** The ODCS v3 logical types. */
export const LOGICAL_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'timestamp', 'time', 'object', 'array'] as const;
export type LogicalType = (typeof LOGICAL_TYPES)[number];

export type TypeVerdict = 'fits' | 'differs' | 'unknown';

const STRING: readonly LogicalType[] = ['string'];
/** A whole number is a number too: ODCS's `number` is any numeric value. */
const INTEGER: readonly LogicalType[] = ['integer', 'number'];
const NUMBER: readonly LogicalType[] = ['number'];
/** A JSON document may hold an object or an array. */
const JSON_DOCUMENT: readonly LogicalType[] = ['object', 'array'];

/**
 * The logical types each crawled type name fits, by its name without arguments
 * (`numeric(10,2)` → `numeric`) or `unsigned`. PostgreSQL, MySQL/MariaDB and SQLite
 * names together: where they share a name, they mean the same family.
 */
const FAMILIES: ReadonlyMap<string, readonly LogicalType[]> = lookup({
  // Text, and values written as text (PostgreSQL's uuid and citext, MySQL's enum and set).
  'character varying': STRING, varchar: STRING, character: STRING, char: STRING, bpchar: STRING, nvarchar: STRING, nchar: STRING,
  text: STRING, tinytext: STRING, mediumtext: STRING, longtext: STRING, clob: STRING, citext: STRING, uuid: STRING, enum: STRING, set: STRING,
  smallint: INTEGER, integer: INTEGER, int: INTEGER, bigint: INTEGER, tinyint: INTEGER, mediumint: INTEGER, int2: INTEGER, int4: INTEGER, int8: INTEGER,
  numeric: NUMBER, decimal: NUMBER, real: NUMBER, 'double precision': NUMBER, double: NUMBER, float: NUMBER, float4: NUMBER, float8: NUMBER,
  boolean: ['boolean'], bool: ['boolean'],
  date: ['date'],
  'timestamp without time zone': ['timestamp'], 'timestamp with time zone': ['timestamp'], timestamp: ['timestamp'], timestamptz: ['timestamp'], datetime: ['timestamp'],
  'time without time zone': ['time'], 'time with time zone': ['time'], time: ['time'], timetz: ['time'],
  json: JSON_DOCUMENT, jsonb: JSON_DOCUMENT,
});

/** Any of SQLite's ways of keeping a date or time: its declared DATE, DATETIME or TIME name is a convention only. */
const sqliteTemporal = (_: string, families: readonly LogicalType[]) => families.some((family) => ['string', 'number', 'date', 'timestamp', 'time'].includes(family));

/**
 * What else a logical type may be stored as, on a platform that has no type of its own for it:
 *
 * - MySQL's BOOLEAN is `tinyint(1)`;
 * - SQLite has no boolean, date or time storage class: booleans are the integers 0 and 1, and
 *   dates and times TEXT, REAL or INTEGER (https://sqlite.org/datatype3.html, 2.1 and 2.2).
 */
const STAND_INS: ReadonlyMap<string, Partial<Record<LogicalType, (dataType: string, families: readonly LogicalType[]) => boolean>>> = lookup({
  mysql: { boolean: (dataType) => dataType === 'tinyint(1)' },
  sqlite: { boolean: (_, families) => families.includes('integer'), date: sqliteTemporal, timestamp: sqliteTemporal, time: sqliteTemporal },
});

/** The platforms whose type names the tables above know. */
const JUDGED_PLATFORMS = new Set(['postgres', 'mysql', 'sqlite']);

/** Whether a column of `dataType` (as the crawler read it) on `platform` keeps the promised ODCS `logicalType`. */
export function logicalTypeVerdict(logicalType: string, dataType: string | null, platform: string): TypeVerdict {
  const promised = logicalType.trim().toLowerCase();
  if (!isLogicalType(promised) || !JUDGED_PLATFORMS.has(platform)) return 'unknown';
  const spelled = dataType === null ? '' : normaliseType(dataType);
  if (spelled === '') return 'unknown';
  // A PostgreSQL array (`integer[]`) is an array of whatever its elements are.
  if (spelled.endsWith('[]')) return promised === 'array' ? 'fits' : 'differs';
  const families = FAMILIES.get(baseName(spelled));
  if (!families) return 'unknown';
  const standIn = STAND_INS.get(platform)?.[promised];
  return families.includes(promised) || (standIn?.(spelled, families) ?? false) ? 'fits' : 'differs';
}

/** Whether a column of `dataType` (as the crawler read it) on `platform` is of the promised `physicalType`. */
export function physicalTypeVerdict(physicalType: string, dataType: string | null, platform: string): TypeVerdict {
  const promised = normaliseType(physicalType);
  const actual = dataType === null ? '' : normaliseType(dataType);
  if (promised === '' || actual === '') return 'unknown';
  const spelling = STORE_SPELLINGS.get(platform);
  return spelling ? (spelling(promised) === spelling(actual) ? 'fits' : 'differs') : promised === actual ? 'fits' : 'differs';
}

/**
 * A table of names as a Map: a type or platform name is whatever the graph holds, and a plain object
 * would answer `constructor` or `toString` with Object's own (a PostgreSQL type may be named so).
 */
function lookup<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

function isLogicalType(value: string): value is LogicalType {
  return (LOGICAL_TYPES as readonly string[]).includes(value);
}

/** Lower case, single spaces, none around parentheses and commas: `NUMERIC( 10, 2 )` → `numeric(10,2)`. */
export function normaliseType(type: string): string {
  return type.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\s*([(),])\s*/g, '$1').replace(/\)(?=[a-z])/g, ') ');
}

/** The name without arguments, `unsigned`/`zerofill` or array brackets: `int(10) unsigned` → `int`, `timestamp(3) with time zone` → `timestamp with time zone`. */
function baseName(type: string): string {
  return type.replace(/\([^)]*\)/g, '').replace(/\b(unsigned|signed|zerofill)\b/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The other names PostgreSQL accepts for a type, as `format_type` writes it: [its name, what follows its
 * arguments]. `timestamptz(3)` is `timestamp(3) with time zone`; a bare `timestamp` is without one.
 */
const POSTGRES_NAMES: ReadonlyMap<string, readonly [string, string]> = lookup({
  varchar: ['character varying', ''], char: ['character', ''], bpchar: ['character', ''],
  int: ['integer', ''], int4: ['integer', ''], int2: ['smallint', ''], int8: ['bigint', ''],
  serial: ['integer', ''], smallserial: ['smallint', ''], bigserial: ['bigint', ''],
  decimal: ['numeric', ''], float4: ['real', ''], float8: ['double precision', ''], bool: ['boolean', ''],
  timestamp: ['timestamp', ' without time zone'], timestamptz: ['timestamp', ' with time zone'],
  time: ['time', ' without time zone'], timetz: ['time', ' with time zone'],
});

/** MySQL's and MariaDB's other names for a type, as `COLUMN_TYPE` writes it. */
const MYSQL_NAMES: ReadonlyMap<string, string> = lookup({
  integer: 'int', bool: 'tinyint(1)', boolean: 'tinyint(1)', dec: 'decimal', numeric: 'decimal', fixed: 'decimal',
  'double precision': 'double', 'character varying': 'varchar', character: 'char',
});

/** A normalised type in the store's own spelling, for the platforms that accept several. */
const STORE_SPELLINGS: ReadonlyMap<string, (type: string) => string> = lookup({
  postgres: (qualified) => {
    // format_type names a type of a schema off the search path with its schema (`billing.invoice_status`, as the
    // crawler reads the catalog), which says where the type lives, not what it is: a name is compared without it,
    // and without the quotes of a quoted one.
    const type = qualified.replace(/"/g, '').replace(/^[a-z_][a-z0-9_$]*\.(?=[a-z_])/, '');
    // `name(args)[]`: a name that format_type writes otherwise (`varchar(18)`, `timestamptz[]`); anything else is kept.
    const parts = /^([a-z0-9_ ]+?)(\([^)]*\))?((?:\[\])*)$/.exec(type);
    const spelled = parts && POSTGRES_NAMES.get(parts[1]!);
    return parts && spelled ? `${spelled[0]}${parts[2] ?? ''}${spelled[1]}${parts[3]}` : type;
  },
  mysql: (type) => {
    const parts = /^([a-z ]+?)(\([^)]*\))?( unsigned| signed| zerofill)*$/.exec(type);
    if (!parts) return type;
    const name = MYSQL_NAMES.get(parts[1]!) ?? parts[1]!;
    // An integer's display width (MariaDB's `int(11)`; MySQL 8 no longer shows it) is no part of its type, but for tinyint(1), MySQL's boolean.
    const displayWidthOnly = /^(tinyint|smallint|mediumint|int|bigint)$/.test(name) && `${name}${parts[2] ?? ''}` !== 'tinyint(1)';
    return `${name.includes('(') || displayWidthOnly ? name : `${name}${parts[2] ?? ''}`}${type.slice(parts[1]!.length + (parts[2]?.length ?? 0))}`;
  },
});
