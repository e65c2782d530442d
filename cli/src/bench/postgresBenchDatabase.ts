/**
 * The database `bench postgres` crawls: N relations × M columns, generated inside
 * PostgreSQL by one PL/pgSQL procedure (one `CALL`, committing every 200 relations so
 * that no transaction holds more locks than the server's lock table has room for),
 * not one round trip per table.
 *
 * What it holds, per schema (1 to 4 schemas: sales, finance, logistics, marketing), by
 * the relation's index j in its schema:
 *
 *   j % 20 in (6, 19)   a view of relation j - 1 (a table), filtered on its key
 *   j % 20 = 13         a view joining relations j - 1 and j - 2
 *   j % 20 in (2, 9, 16) a table whose second column references table j - 2
 *   j % 1000 = 19       a materialized view (instead of a view)
 *   j % 1000 = 20       a table partitioned by range of its key, with its 3
 *   j % 1000 = 21..23   partitions, and j % 1000 = 26 a view of it
 *   otherwise           a table
 *
 * Every relation has exactly M columns (a key `id`, then names and types of a realistic
 * mix: amounts, timestamps with defaults, statuses, JSON, UUIDs...), so the crawl must
 * land N datasets and N × M fields. A third of the relations and a quarter of the
 * columns carry a comment.
 *
 * A finished database carries a marker, its comment (`COMMENT ON DATABASE`), written
 * once the procedure has returned: a rerun reuses a database whose marker names the same
 * shape and generator version, and drops and regenerates any other (an interrupted
 * generation has no marker). The marker is not a table, so it is not crawled.
 */
import type pg from 'pg';
import { createDatabase, dropDatabase, withPostgresClient, type PostgresConnection } from '@polder/runtime';

export interface PostgresBenchShape {
  /** Relations (tables, partitions, views, materialized views): the datasets a crawl lands. */
  tables: number;
  /** Columns of every relation: the crawl lands tables × columns fields. */
  columns: number;
}

/** What the generated database holds, counted from its catalog. */
export interface PostgresBenchInventory {
  schemas: number;
  tables: number;
  partitionedTables: number;
  partitions: number;
  views: number;
  materializedViews: number;
  columns: number;
  foreignKeys: number;
  relationComments: number;
  columnComments: number;
}

export interface PreparedPostgresBenchDatabase {
  database: string;
  /** False when an earlier run's database of the same shape was reused. */
  generated: boolean;
  /** How long generating it took (in this run, or in the run that generated it). */
  generateSeconds: number;
  inventory: PostgresBenchInventory;
}

/** Bumped whenever the generator changes what it generates, so an older database is regenerated. */
const GENERATOR_VERSION = 1;

export function postgresBenchDatabaseName(shape: PostgresBenchShape): string {
  return `polder_bench_pg_${shape.tables}x${shape.columns}`;
}

/**
 * The bench database of this shape, generated unless an earlier run's is there (and
 * `fresh` is not asked for). `postgres` must be allowed to create databases.
 */
export async function preparePostgresBenchDatabase(postgres: PostgresConnection, shape: PostgresBenchShape, options: { fresh?: boolean } = {}): Promise<PreparedPostgresBenchDatabase> {
  if (!Number.isInteger(shape.tables) || shape.tables < 1 || !Number.isInteger(shape.columns) || shape.columns < 1) {
    throw new Error('the bench database takes a positive whole number of tables and of columns');
  }
  const database = postgresBenchDatabaseName(shape);
  const marker = await readMarker(postgres, database);
  if (marker && !options.fresh && marker.version === GENERATOR_VERSION && marker.tables === shape.tables && marker.columns === shape.columns) {
    const inventory = await withPostgresClient(postgres, database, readInventory);
    return { database, generated: false, generateSeconds: marker.seconds, inventory };
  }
  await dropDatabase(postgres, database);
  await createDatabase(postgres, database);
  try {
    const started = performance.now();
    await withPostgresClient(postgres, database, async (client) => {
      await client.query(GENERATOR);
      await client.query('CALL polder_bench_gen.generate($1, $2)', [shape.tables, shape.columns]);
      await client.query('DROP SCHEMA polder_bench_gen CASCADE');
    });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const inventory = await withPostgresClient(postgres, database, readInventory);
    await writeMarker(postgres, database, { generator: 'polder bench postgres', version: GENERATOR_VERSION, ...shape, seconds });
    return { database, generated: true, generateSeconds: seconds, inventory };
  } catch (error) {
    await dropDatabase(postgres, database).catch(() => undefined);
    throw new Error(`generating the bench database ${database} failed: ${(error as Error).message}`, { cause: error });
  }
}

interface Marker extends PostgresBenchShape {
  generator: string;
  version: number;
  seconds: number;
}

async function readMarker(postgres: PostgresConnection, database: string): Promise<Marker | undefined> {
  const { rows } = await withPostgresClient(postgres, 'postgres', (client) =>
    client.query<{ marker: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS marker FROM pg_database WHERE datname = $1`, [database]),
  );
  const text = rows[0]?.marker;
  if (!text) return undefined;
  try {
    const marker = JSON.parse(text) as Partial<Marker>;
    return marker.generator === 'polder bench postgres' ? (marker as Marker) : undefined;
  } catch {
    return undefined;
  }
}

async function writeMarker(postgres: PostgresConnection, database: string, marker: Marker): Promise<void> {
  await withPostgresClient(postgres, database, (client) =>
    // COMMENT takes no bind parameters: the name is quoted as an identifier and the text as a literal.
    client.query(`COMMENT ON DATABASE ${client.escapeIdentifier(database)} IS ${client.escapeLiteral(JSON.stringify(marker))}`),
  );
}

const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;

async function readInventory(client: pg.Client): Promise<PostgresBenchInventory> {
  const { rows } = await client.query<Record<keyof PostgresBenchInventory, string>>(`
    WITH relations AS (
      SELECT c.oid, c.relkind, c.relispartition FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND ${USER_SCHEMAS})
    SELECT (SELECT count(*) FROM pg_namespace n WHERE ${USER_SCHEMAS} AND n.nspname <> 'public'
              AND EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid)) AS schemas,
           count(*) FILTER (WHERE relkind = 'r' AND NOT relispartition) AS tables,
           count(*) FILTER (WHERE relkind = 'p') AS "partitionedTables",
           count(*) FILTER (WHERE relispartition) AS partitions,
           count(*) FILTER (WHERE relkind = 'v') AS views,
           count(*) FILTER (WHERE relkind = 'm') AS "materializedViews",
           (SELECT count(*) FROM pg_attribute a JOIN relations r ON r.oid = a.attrelid WHERE a.attnum > 0 AND NOT a.attisdropped) AS columns,
           (SELECT count(*) FROM pg_constraint con JOIN relations r ON r.oid = con.conrelid WHERE con.contype = 'f') AS "foreignKeys",
           count(*) FILTER (WHERE obj_description(oid, 'pg_class') IS NOT NULL) AS "relationComments",
           (SELECT count(*) FROM pg_description d JOIN relations r ON r.oid = d.objoid
             WHERE d.classoid = 'pg_class'::regclass AND d.objsubid > 0) AS "columnComments"
      FROM relations`);
  const row = rows[0]!;
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)])) as unknown as PostgresBenchInventory;
}

/**
 * The generator, installed in its own schema and dropped once it has run. Identifiers go
 * through format('%I'), texts through format('%L'); the sizes are the CALL's bind parameters.
 */
const GENERATOR = String.raw`
CREATE SCHEMA polder_bench_gen;

-- Column names and types: a rotation of realistic ones, so neighbouring tables differ.
CREATE FUNCTION polder_bench_gen.words() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['customer_id', 'amount', 'created_at', 'status', 'email', 'note', 'is_active', 'quantity',
               'unit_price', 'updated_at', 'country_code', 'payload', 'external_ref', 'due_date', 'score', 'region']
$$;
CREATE FUNCTION polder_bench_gen.types() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['bigint', 'numeric(12,2)', 'timestamp with time zone NOT NULL DEFAULT now()', 'text NOT NULL DEFAULT ''new''',
               'varchar(255)', 'text', 'boolean NOT NULL DEFAULT true', 'integer',
               'numeric(10,2)', 'timestamp with time zone', 'char(2)', 'jsonb', 'uuid', 'date', 'double precision', 'varchar(32)']
$$;

-- Relation j of a schema: its kind (see postgresBenchDatabase.ts for the layout).
CREATE FUNCTION polder_bench_gen.kind(j int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN j % 1000 = 19 THEN 'matview'
    WHEN j % 1000 = 20 THEN 'partitioned'
    WHEN j % 1000 BETWEEN 21 AND 23 THEN 'partition'
    WHEN j % 1000 = 26 THEN 'view'
    WHEN j % 20 IN (6, 19) THEN 'view'
    WHEN j % 20 = 13 THEN 'join view'
    WHEN j % 20 IN (2, 9, 16) THEN 'table with fk'
    ELSE 'table' END
$$;

CREATE FUNCTION polder_bench_gen.relname(j int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['orders', 'customers', 'invoices', 'shipments', 'products', 'payments', 'accounts', 'events'])[1 + j % 8]
         || '_' || lpad(j::text, 5, '0')
$$;

-- Column k (1-based) of relation j, when it has m columns.
CREATE FUNCTION polder_bench_gen.column_name(j int, k int, m int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN k = 1 THEN 'id'
    WHEN k = 2 AND polder_bench_gen.kind(j) = 'table with fk' THEN 'parent_id'
    ELSE (polder_bench_gen.words())[1 + (j + k - 2) % 16] || CASE WHEN m > 17 THEN '_' || k ELSE '' END END
$$;

CREATE PROCEDURE polder_bench_gen.generate(relations int, columns int) LANGUAGE plpgsql AS $$
DECLARE
  schemas constant text[] := ARRAY['sales', 'finance', 'logistics', 'marketing'];
  schema_count constant int := greatest(1, least(4, relations / 40));
  words constant text[] := polder_bench_gen.words();
  types constant text[] := polder_bench_gen.types();
  s text;
  n int;
  kind text;
  name text;
  source int;
  defs text[];
  cols text[];
  w int;
  c record;
  done int := 0;
BEGIN
  FOR si IN 1..schema_count LOOP
    s := schemas[si];
    EXECUTE format('CREATE SCHEMA %I', s);
    n := relations / schema_count + CASE WHEN si <= relations % schema_count THEN 1 ELSE 0 END;
    FOR j IN 0..n - 1 LOOP
      kind := polder_bench_gen.kind(j);
      name := polder_bench_gen.relname(j);
      IF kind IN ('table', 'table with fk', 'partitioned') THEN
        defs := ARRAY['id bigint PRIMARY KEY'];
        FOR k IN 2..columns LOOP
          IF k = 2 AND kind = 'table with fk' THEN
            defs := defs || format('parent_id bigint REFERENCES %I.%I (id)', s, polder_bench_gen.relname(j - 2));
          ELSE
            w := 1 + (j + k - 2) % 16;
            defs := defs || format('%I %s', polder_bench_gen.column_name(j, k, columns), types[w]);
          END IF;
        END LOOP;
        EXECUTE format('CREATE TABLE %I.%I (%s)%s', s, name, array_to_string(defs, ', '),
                       CASE WHEN kind = 'partitioned' THEN ' PARTITION BY RANGE (id)' ELSE '' END);
      ELSIF kind = 'partition' THEN
        source := j - j % 1000 + 20;
        name := polder_bench_gen.relname(source) || '_p' || (j % 1000 - 20);
        EXECUTE format('CREATE TABLE %I.%I PARTITION OF %I.%I FOR VALUES FROM (%s) TO (%s)', s, name, s, polder_bench_gen.relname(source),
                       (j % 1000 - 21) * 1000000, (j % 1000 - 20) * 1000000);
      ELSIF kind = 'join view' THEN
        name := 'v_' || name;
        cols := ARRAY[]::text[];
        FOR k IN 1..greatest(columns - 1, 1) LOOP
          cols := cols || format('a.%I', polder_bench_gen.column_name(j - 1, k, columns));
        END LOOP;
        IF columns > 1 THEN
          cols := cols || format('b.%I AS %I', polder_bench_gen.column_name(j - 2, columns, columns), 'b_' || polder_bench_gen.column_name(j - 2, columns, columns));
        END IF;
        EXECUTE format('CREATE VIEW %I.%I AS SELECT %s FROM %I.%I a JOIN %I.%I b ON b.id = a.id', s, name, array_to_string(cols, ', '),
                       s, polder_bench_gen.relname(j - 1), s, polder_bench_gen.relname(j - 2));
      ELSE -- a view or a materialized view of one relation
        source := CASE WHEN j % 1000 = 26 THEN j - 6 ELSE j - 1 END;
        name := CASE WHEN kind = 'matview' THEN 'mv_' ELSE 'v_' END || name;
        cols := ARRAY[]::text[];
        FOR k IN 1..columns LOOP
          cols := cols || format('%I', polder_bench_gen.column_name(source, k, columns));
        END LOOP;
        EXECUTE format('CREATE %s %I.%I AS SELECT %s FROM %I.%I WHERE id > 0', CASE WHEN kind = 'matview' THEN 'MATERIALIZED VIEW' ELSE 'VIEW' END,
                       s, name, array_to_string(cols, ', '), s, polder_bench_gen.relname(source));
      END IF;

      IF j % 3 = 0 THEN
        EXECUTE format('COMMENT ON %s %I.%I IS %L',
                       CASE kind WHEN 'matview' THEN 'MATERIALIZED VIEW' WHEN 'view' THEN 'VIEW' WHEN 'join view' THEN 'VIEW' ELSE 'TABLE' END,
                       s, name, initcap(split_part(polder_bench_gen.relname(j), '_', 1)) || ' of the ' || s || ' domain.');
      END IF;
      FOR c IN SELECT a.attname FROM pg_attribute a
                WHERE a.attrelid = to_regclass(format('%I.%I', s, name)) AND a.attnum > 0 AND (j + a.attnum) % 4 = 0 LOOP
        EXECUTE format('COMMENT ON COLUMN %I.%I.%I IS %L', s, name, c.attname,
                       initcap(replace(c.attname, '_', ' ')) || ' of the ' || split_part(polder_bench_gen.relname(j), '_', 1) || ' record.');
      END LOOP;

      done := done + 1;
      IF done % 200 = 0 THEN COMMIT; END IF;
    END LOOP;
  END LOOP;
END
$$;
`;
