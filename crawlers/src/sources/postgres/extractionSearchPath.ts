/**
 * The search_path the crawler reads the catalog with: pg_catalog alone, whatever the role's or the
 * database's own (`ALTER ROLE crawler IN DATABASE shop SET search_path TO sales, public`, or the
 * default `"$user", public` with a schema named after the crawler's role).
 *
 * PostgreSQL prints names relative to the reader's search_path: pg_get_viewdef leaves a table
 * unqualified when the path finds it, pg_get_expr a sequence (`nextval('orders_id_seq'::regclass)`),
 * format_type a type (`tier`). With `sales` on the path, a view's `FROM customer c` meant
 * sales.customer, and the mapper, reading it as public.customer, drew column lineage from the wrong
 * table. With pg_catalog alone every user object comes out qualified, as pg_dump writes them
 * (`FROM sales.customer c`, `nextval('sales.orders_id_seq'::regclass)`, `sales.tier`), the same
 * graph whatever the path; only pg_catalog's own names stay bare, so that is where a bare name is.
 * The catalog queries' own unqualified names (pg_class, unnest, ...) then can only be pg_catalog's
 * too, never a user's table or a better-matching function of the same name.
 */
export const EXTRACTION_SEARCH_PATH = 'pg_catalog';
