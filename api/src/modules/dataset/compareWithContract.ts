/**
 * Does a crawled table keep the schema its data contract promises? Compares the
 * columns a contract's schema object declares (its properties, crawled as the
 * promise's fields) with the table's active columns, and returns the problems in
 * the contract's order. Pure.
 *
 *   promised  id integer required primaryKey, email string required, amount number
 *   table     id integer (primary key), email text NULL
 *   problems  email NULLABLE (promised required), amount MISSING_COLUMN
 *
 * - A promised column is the table's column of its `physicalName`, else its `name`, as
 *   the contract's rules name their column (crawlers/src/contractChecks/readContractRules.ts):
 *   the same name exactly, else the one column whose name differs in case only. Case is
 *   not part of a name to most stores: PostgreSQL folds an unquoted `CustomerId` to
 *   `customerid`, and MySQL's and SQLite's column names ignore case, so a contract that
 *   writes `CustomerId` promises the column the store calls `customerid`. Two columns
 *   differing in case only (quoted PostgreSQL names) leave the promise ambiguous: not judged.
 * - A property nested in an object or array property (`address.street`, contractFields.ts)
 *   is a part of its parent's value, not a column: not judged.
 * - Its type: the `physicalType` when the contract gives one, else the `logicalType`
 *   (contractColumnTypes.ts), at most one problem per column; an unknown type is not judged.
 * - `required` is broken by a nullable column, `primaryKey` by a column outside the table's
 *   primary key, on a table that can declare them: a view has neither NOT NULL nor a key, a
 *   foreign table no key, so those promises are not judged there.
 * - Columns the table has beyond the promise are no problem: a contract is a floor.
 */
import { logicalTypeVerdict, physicalTypeVerdict } from './contractColumnTypes.ts';

export interface PromisedColumn {
  /** The property's name; a nested property's path (`address.street`). */
  name: string;
  physicalName?: string | null;
  logicalType?: string | null;
  physicalType?: string | null;
  required?: boolean;
  primaryKey?: boolean;
}

export interface CrawledColumn {
  name: string;
  /** As the store names the type: `character varying(45)`, `int(10) unsigned`, `VARCHAR(50)`. */
  dataType: string | null;
  /** Null when the store did not say (then `required` is not judged), as `isPrimaryKey`. */
  nullable: boolean | null;
  isPrimaryKey: boolean | null;
}

export interface CrawledTable {
  /** postgres, mysql, sqlite, ... */
  platform: string;
  /** TABLE, VIEW, MATERIALIZED_VIEW, FOREIGN_TABLE, PARTITIONED_TABLE, ... */
  subtype: string;
  /** Its active columns. */
  columns: CrawledColumn[];
}

export const CONTRACT_PROBLEM_KINDS = ['MISSING_COLUMN', 'LOGICAL_TYPE', 'PHYSICAL_TYPE', 'NULLABLE', 'NOT_PRIMARY_KEY'] as const;
export type ContractProblemKind = (typeof CONTRACT_PROBLEM_KINDS)[number];

export interface ContractProblem {
  /** The column as the table would name it: the property's physicalName, else its name. */
  column: string;
  kind: ContractProblemKind;
  /** What the contract promised: a type, `required`, `primary key`. */
  promised: string;
  /** What the table has: its type, `nullable`, `not in the primary key`; null when it has no such column. */
  actual: string | null;
}

/** Subtypes that can declare no NOT NULL column, and those that can declare no primary key. */
const NO_NOT_NULL = new Set(['VIEW', 'MATERIALIZED_VIEW']);
const NO_PRIMARY_KEY = new Set(['VIEW', 'MATERIALIZED_VIEW', 'FOREIGN_TABLE']);

export function compareWithContract(promised: readonly PromisedColumn[], table: CrawledTable): ContractProblem[] {
  const names = new Set(promised.map((column) => column.name));
  const problems: ContractProblem[] = [];
  for (const promise of promised) {
    if (isNested(promise.name, names)) continue;
    const name = promise.physicalName || promise.name;
    const found = columnNamed(name, table.columns);
    if (found === 'ambiguous') continue;
    if (found === null) {
      problems.push({ column: name, kind: 'MISSING_COLUMN', promised: promise.physicalType || promise.logicalType || 'a column', actual: null });
      continue;
    }
    const typeProblem = typeProblemOf(promise, found, table.platform);
    if (typeProblem) problems.push({ column: name, ...typeProblem });
    if (promise.required === true && found.nullable === true && !NO_NOT_NULL.has(table.subtype)) {
      problems.push({ column: name, kind: 'NULLABLE', promised: 'required', actual: 'nullable' });
    }
    if (promise.primaryKey === true && found.isPrimaryKey === false && !NO_PRIMARY_KEY.has(table.subtype)) {
      problems.push({ column: name, kind: 'NOT_PRIMARY_KEY', promised: 'primary key', actual: 'not in the primary key' });
    }
  }
  return problems;
}

/** A problem in words, as a finding names it: `amount is text, promised integer`. */
export function describeContractProblem({ column, kind, promised, actual }: ContractProblem): string {
  return kind === 'MISSING_COLUMN' ? `${column} is missing (promised ${promised})` : `${column} is ${actual}, promised ${promised}`;
}

/** `address.street` is nested when `address` is a property too. */
function isNested(name: string, names: ReadonlySet<string>): boolean {
  for (let dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) if (names.has(name.slice(0, dot))) return true;
  return false;
}

function columnNamed(name: string, columns: readonly CrawledColumn[]): CrawledColumn | 'ambiguous' | null {
  const exact = columns.find((column) => column.name === name);
  if (exact) return exact;
  const folded = columns.filter((column) => column.name.toLowerCase() === name.toLowerCase());
  return folded.length === 1 ? folded[0]! : folded.length > 1 ? 'ambiguous' : null;
}

function typeProblemOf(promise: PromisedColumn, column: CrawledColumn, platform: string): Omit<ContractProblem, 'column'> | null {
  if (promise.physicalType) {
    return physicalTypeVerdict(promise.physicalType, column.dataType, platform) === 'differs' ? { kind: 'PHYSICAL_TYPE', promised: promise.physicalType, actual: column.dataType } : null;
  }
  if (promise.logicalType) {
    return logicalTypeVerdict(promise.logicalType, column.dataType, platform) === 'differs' ? { kind: 'LOGICAL_TYPE', promised: promise.logicalType, actual: column.dataType } : null;
  }
  return null;
}
