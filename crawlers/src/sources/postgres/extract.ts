/**
 * Reads a PostgreSQL database's metadata from pg_catalog. The only file of this
 * source that talks to the store.
 *
 * One query per kind of object (relations with their usage counters, columns,
 * constraints, view dependencies), whatever the number of tables: the cost of a crawl grows with
 * the rows returned, never with round trips.
 */
import type { ServerConnection } from '../serverConnection.ts';
import pg from 'pg';
import { EXTRACTION_SEARCH_PATH } from './extractionSearchPath.ts';

/** Where the crawler connects; the password is already resolved (see serverConnection.ts). */
export type PgConnection = ServerConnection;

export interface PgRelation {
  schema: string;
  name: string;
  /** pg_class.relkind: r table, v view, m materialized view, p partitioned table, f foreign table. */
  kind: 'r' | 'v' | 'm' | 'p' | 'f';
  comment: string | null;
  owner: string;
  rowEstimate: number | null;
  sizeBytes: number | null;
  viewDefinition: string | null;
  /** The partitioned table this is a partition of. */
  partitionOf: { schema: string; name: string } | null;
  /**
   * Usage counters since the statistics were reset (pg_stat_user_tables): scans
   * (seq_scan + idx_scan) and rows written (inserted, updated, deleted); null for
   * a relation the statistics do not cover (a view).
   */
  reads: number | null;
  writes: number | null;
}

export interface PgColumn {
  schema: string;
  table: string;
  name: string;
  position: number;
  dataType: string;
  notNull: boolean;
  defaultValue: string | null;
  comment: string | null;
}

export interface PgConstraint {
  schema: string;
  table: string;
  name: string;
  kind: 'p' | 'u' | 'f';
  columns: string[];
  refSchema: string | null;
  refTable: string | null;
  refColumns: string[] | null;
}

/** A view (or materialized view) reads from a relation, as recorded in pg_depend. */
export interface PgViewDependency {
  viewSchema: string;
  viewName: string;
  refSchema: string;
  refName: string;
}

export interface PgCatalog {
  database: string;
  relations: PgRelation[];
  columns: PgColumn[];
  constraints: PgConstraint[];
  viewDependencies: PgViewDependency[];
  /** When the usage counters were read (the server's clock, ISO 8601), and since when they count (pg_stat_database.stats_reset; null when the server does not say). */
  usageReadAt: string;
  usageCountingSince: string | null;
  /** How many queries the extract sent; a benchmark checks it does not grow with tables. */
  queryCount: number;
}

// System schemas are never part of a domain's data.
const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;

const RELATIONS_SQL = `
SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind,
       obj_description(c.oid, 'pg_class') AS comment,
       pg_get_userbyid(c.relowner) AS owner,
       CASE WHEN c.reltuples < 0 THEN NULL ELSE c.reltuples::float8 END AS row_estimate,
       CASE WHEN c.relkind IN ('r', 'm', 'p') THEN pg_total_relation_size(c.oid)::float8 END AS size_bytes,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS view_definition,
       pn.nspname AS partition_of_schema, pc.relname AS partition_of_name,
       (s.seq_scan + coalesce(s.idx_scan, 0))::float8 AS reads,
       (s.n_tup_ins + s.n_tup_upd + s.n_tup_del)::float8 AS writes,
       now() AS read_at,
       (SELECT d.stats_reset FROM pg_stat_database d WHERE d.datname = current_database()) AS stats_reset
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  -- Usage counters ride along with the relations: no extra round trip (see crawlers/src/usage/).
  LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
  -- A partition has one parent; schema and name apart, as either may hold a dot (catalogKey.ts).
  LEFT JOIN pg_inherits i ON i.inhrelid = c.oid AND c.relispartition
  LEFT JOIN pg_class pc ON pc.oid = i.inhparent LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
 WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND ${USER_SCHEMAS}
 ORDER BY 1, 2`;

const COLUMNS_SQL = `
SELECT n.nspname AS schema, c.relname AS table, a.attname AS name, a.attnum AS position,
       format_type(a.atttypid, a.atttypmod) AS data_type, a.attnotnull AS not_null,
       pg_get_expr(d.adbin, d.adrelid) AS default_value,
       col_description(c.oid, a.attnum) AS comment
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'v', 'm', 'p', 'f') AND ${USER_SCHEMAS}
 ORDER BY 1, 2, 4`;

const CONSTRAINTS_SQL = `
SELECT n.nspname AS schema, c.relname AS table, con.conname AS name, con.contype AS kind,
       ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord)::text[] AS columns,
       rn.nspname AS ref_schema, rc.relname AS ref_table,
       CASE WHEN con.contype = 'f' THEN
         ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord)::text[]
       END AS ref_columns
  FROM pg_constraint con
  JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class rc ON rc.oid = con.confrelid LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
 WHERE con.contype IN ('p', 'u', 'f') AND ${USER_SCHEMAS}
   -- A partition's primary and unique keys are its own, inherited or not (the index behind one is
   -- the partition's), so they count. Its foreign keys are the parent's, cloned: reported once, on the
   -- parent. So are the rows a key referencing a partitioned table adds, one per referenced partition.
   AND (con.contype IN ('p', 'u') OR con.conparentid = 0)
 ORDER BY 1, 2, 3`;

// A view's rewrite rule depends on the relations it reads; this is the
// planner's own answer, so it needs no SQL parsing and cannot be fooled by it.
const VIEW_DEPENDENCIES_SQL = `
SELECT DISTINCT vn.nspname AS view_schema, v.relname AS view_name, tn.nspname AS ref_schema, t.relname AS ref_name
  FROM pg_depend d
  JOIN pg_rewrite r ON r.oid = d.objid
  JOIN pg_class v ON v.oid = r.ev_class JOIN pg_namespace vn ON vn.oid = v.relnamespace
  JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace
 WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
   AND v.relkind IN ('v', 'm') AND t.oid <> v.oid AND t.relkind IN ('r', 'v', 'm', 'p', 'f')
   AND ${USER_SCHEMAS.replaceAll('n.nspname', 'vn.nspname')}
 ORDER BY 1, 2, 3, 4`;

/** One catalog query's limit, the server's; the client's is a little later, so the server's error is the one reported. */
const QUERY_TIMEOUT_MS = 120_000;
const SERVER_GRACE_MS = 5_000;

/** What PostgreSQL names an exported snapshot (`00000003-0000001B-1`): spliced into SET TRANSACTION SNAPSHOT, which takes no parameter. */
const SNAPSHOT_ID = /^[0-9A-F]+(-[0-9A-F]+)+$/i;

/**
 * Reads the catalog of one database from one consistent snapshot, on two connections at once.
 * At 10,000 tables the relations query takes as long as the other three together (a size read
 * from the filesystem and a view's definition rebuilt, per relation), so it runs on one connection
 * while the columns, keys and view dependencies are read on the other. The second transaction
 * imports the first one's snapshot (pg_export_snapshot, as `pg_dump --jobs` does; standbys
 * too, since PostgreSQL 10), so both read the very same catalog.
 */
export async function extractPostgresCatalog(connection: PgConnection): Promise<PgCatalog> {
  const open = (): pg.Client => {
    const client = new pg.Client({
      host: connection.host,
      port: connection.port,
      database: connection.database,
      user: connection.user,
      password: connection.password,
      application_name: 'polder-crawler',
      connectionTimeoutMillis: 10_000,
      statement_timeout: QUERY_TIMEOUT_MS,
      // The server's statement_timeout cannot fire on a connection that silently went away (a
      // firewall dropping it, a failover): keepalives notice a dead peer, and the client gives
      // up on a query past the server's limit, as the MySQL crawler does (mysql/extract.ts).
      query_timeout: QUERY_TIMEOUT_MS + SERVER_GRACE_MS,
      keepAlive: true,
      // Names are read qualified whatever the role's or database's search_path (extractionSearchPath.ts).
      // A startup option rather than SET LOCAL: it costs no round trip, holds from the session's first
      // statement on both connections, and the server ranks it above ALTER ROLE and ALTER DATABASE settings.
      options: `-c search_path=${EXTRACTION_SEARCH_PATH}`,
    });
    // A connection lost mid-crawl (the backend terminated, ECONNRESET) is also emitted as 'error',
    // which unheard would crash the process, the API under `polder start` with it. The query
    // under way, or the next one, rejects with it: the crawl fails, and only the crawl.
    client.on('error', () => {});
    return client;
  };
  let queryCount = 0;
  const query = async <Row extends pg.QueryResultRow>(client: pg.Client, sql: string): Promise<Row[]> => {
    queryCount++;
    return (await client.query<Row>(sql)).rows;
  };

  const lead = open();
  const second = open();
  try {
    await Promise.all([lead.connect(), second.connect()]);
    await query(lead, 'BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [exported] = await query<{ snapshot: string }>(lead, 'SELECT pg_export_snapshot() AS snapshot');
    const snapshot = exported!.snapshot;
    if (!SNAPSHOT_ID.test(snapshot)) throw new Error(`PostgreSQL exported a snapshot named ${JSON.stringify(snapshot)}, not the form expected`);
    const readRelations = query<Record<string, unknown>>(lead, RELATIONS_SQL);
    const readTheRest = (async () => {
      await query(second, 'BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await query(second, `SET TRANSACTION SNAPSHOT '${snapshot}'`).catch((error: Error) => {
        // Only the server that exported a snapshot can import it.
        throw new Error(
          `the second connection could not share the first one's snapshot (${error.message}): both must reach the same PostgreSQL server, not two replicas behind one address`,
        );
      });
      const columns = await query<Record<string, unknown>>(second, COLUMNS_SQL);
      const constraints = await query<Record<string, unknown>>(second, CONSTRAINTS_SQL);
      const dependencies = await query<Record<string, unknown>>(second, VIEW_DEPENDENCIES_SQL);
      await query(second, 'COMMIT');
      return { columns, constraints, dependencies };
    })();
    // Settled together: were one awaited first, the other's failure would be an unhandled rejection.
    const [relations, { columns, constraints, dependencies }] = await Promise.all([readRelations, readTheRest]);
    await query(lead, 'COMMIT');
    // Every row carries the same read time and reset time; without relations, the statement's time will do.
    const first = relations[0];
    return {
      database: connection.database,
      usageReadAt: first ? (first.read_at as Date).toISOString() : new Date().toISOString(),
      usageCountingSince: first?.stats_reset ? (first.stats_reset as Date).toISOString() : null,
      relations: relations.map((row) => ({
        schema: row.schema as string,
        name: row.name as string,
        kind: row.kind as PgRelation['kind'],
        comment: (row.comment as string | null) ?? null,
        owner: row.owner as string,
        rowEstimate: (row.row_estimate as number | null) ?? null,
        sizeBytes: (row.size_bytes as number | null) ?? null,
        viewDefinition: (row.view_definition as string | null) ?? null,
        partitionOf: row.partition_of_name === null ? null : { schema: row.partition_of_schema as string, name: row.partition_of_name as string },
        reads: (row.reads as number | null) ?? null,
        writes: (row.writes as number | null) ?? null,
      })),
      columns: columns.map((row) => ({
        schema: row.schema as string,
        table: row.table as string,
        name: row.name as string,
        position: row.position as number,
        dataType: row.data_type as string,
        notNull: row.not_null as boolean,
        defaultValue: (row.default_value as string | null) ?? null,
        comment: (row.comment as string | null) ?? null,
      })),
      constraints: constraints.map((row) => ({
        schema: row.schema as string,
        table: row.table as string,
        name: row.name as string,
        kind: row.kind as PgConstraint['kind'],
        columns: row.columns as string[],
        refSchema: (row.ref_schema as string | null) ?? null,
        refTable: (row.ref_table as string | null) ?? null,
        refColumns: (row.ref_columns as string[] | null) ?? null,
      })),
      viewDependencies: dependencies.map((row) => ({
        viewSchema: row.view_schema as string,
        viewName: row.view_name as string,
        refSchema: row.ref_schema as string,
        refName: row.ref_name as string,
      })),
      queryCount,
    };
  } finally {
    await Promise.all([lead.end(), second.end()]);
  }
}
