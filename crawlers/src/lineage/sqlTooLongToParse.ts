/**
 * SQL longer than this is not parsed for lineage. node-sql-parser reads a statement in one
 * synchronous call, during which the crawl (and, under `polder start`, the API in the same
 * process) waits: on the 2-core development machine a 200,000-character SELECT took 1.5 to 3.3 s
 * to parse, and a generated model of megabytes would take longer still, or overflow the parser's
 * stack. Hand-written views are a few KB (the longest compiled model of dbt's jaffle-shop is 1,469
 * characters), so the bound skips only SQL that a generator wrote, whose lineage no one reads
 * column by column anyway; table-level lineage from the store's catalog or dbt's `depends_on` stays.
 */
export const MAX_PARSED_SQL_CHARS = 200_000;

/** Why `sql` is not parsed, for the warning that names the view or model; undefined when it is short enough. */
export function sqlTooLongToParse(sql: string): string | undefined {
  if (sql.length <= MAX_PARSED_SQL_CHARS) return undefined;
  return `the SQL is ${sql.length.toLocaleString('en-US')} characters long, over the ${MAX_PARSED_SQL_CHARS.toLocaleString('en-US')} that are parsed, so that one view or model cannot stall the crawl`;
}
