/**
 * The parts of dbt's artifacts that Polder reads, as dbt writes them (snake_case
 * keys kept). Manifest schema v10 to v12, catalog v1, run results v5 and v6 all
 * carry these fields; anything else in the files is ignored.
 *
 * Reference: https://docs.getdbt.com/reference/artifacts/dbt-artifacts
 */

/** Free-form `meta` as written in a project's YAML. */
export type DbtMeta = Record<string, unknown>;

export interface DbtArtifactMetadata {
  /** e.g. `https://schemas.getdbt.com/dbt/manifest/v12.json`. */
  dbt_schema_version?: string;
  dbt_version?: string;
  generated_at?: string;
  invocation_id?: string;
  /** The warehouse adapter, e.g. `postgres`, `snowflake`, `duckdb`. */
  adapter_type?: string;
}

export interface DbtColumn {
  name: string;
  description?: string;
  /** Declared in YAML (required by model contracts), else null. */
  data_type?: string | null;
  meta?: DbtMeta;
  tags?: string[];
  constraints?: Array<{ type: string }>;
}

export interface DbtConfig {
  materialized?: string;
  meta?: DbtMeta;
  tags?: string[] | string;
  severity?: string;
  contract?: { enforced?: boolean };
}

/** Fields shared by every manifest resource Polder reads. */
interface DbtResource {
  unique_id: string;
  resource_type: string;
  name: string;
  package_name: string;
  original_file_path: string;
  description?: string;
  meta?: DbtMeta;
  tags?: string[];
  config?: DbtConfig;
  depends_on?: { nodes?: string[] };
}

/** An entry of `manifest.nodes`: a model, seed, snapshot, test, analysis or operation. */
export interface DbtNode extends DbtResource {
  database?: string | null;
  schema?: string | null;
  alias?: string | null;
  /** The quoted relation, e.g. `"jaffle_shop"."main"."orders"`; null for ephemeral models and tests. */
  relation_name?: string | null;
  columns?: Record<string, DbtColumn>;
  compiled_code?: string | null;
  group?: string | null;
  access?: string | null;
  /** Model-level constraints, e.g. a composite primary key. */
  constraints?: Array<{ type: string; columns?: string[] }>;
  /** Tests: the column a generic test is about. */
  column_name?: string | null;
  /** Tests: the model, seed, snapshot or source a generic test is defined on. */
  attached_node?: string | null;
  /** Generic tests only; singular tests (a SQL file) have none. */
  test_metadata?: { name: string; namespace?: string | null; kwargs?: Record<string, unknown> } | null;
}

/** An entry of `manifest.sources`: a table dbt reads but does not build. */
export interface DbtSource extends DbtResource {
  database?: string | null;
  schema?: string | null;
  identifier?: string | null;
  relation_name?: string | null;
  source_name: string;
  loader?: string;
  columns?: Record<string, DbtColumn>;
}

/** An entry of `manifest.exposures`: a dashboard, notebook or application downstream of dbt. */
export interface DbtExposure extends DbtResource {
  type?: string;
  label?: string | null;
  url?: string | null;
  maturity?: string | null;
  owner?: DbtOwner;
}

export interface DbtOwner {
  name?: string | null;
  email?: string | null;
}

export interface DbtGroup {
  name: string;
  owner?: DbtOwner;
}

export interface DbtManifest {
  metadata: DbtArtifactMetadata;
  nodes: Record<string, DbtNode>;
  sources: Record<string, DbtSource>;
  exposures?: Record<string, DbtExposure>;
  groups?: Record<string, DbtGroup>;
}

/** A relation as the warehouse reported it to `dbt docs generate`. */
export interface DbtCatalogTable {
  metadata: { type?: string; database?: string | null; schema?: string; name?: string; comment?: string | null; owner?: string | null };
  columns: Record<string, { name: string; type: string; index: number; comment?: string | null }>;
}

export interface DbtCatalog {
  metadata: DbtArtifactMetadata;
  nodes: Record<string, DbtCatalogTable>;
  sources: Record<string, DbtCatalogTable>;
}

export interface DbtRunResult {
  unique_id: string;
  /** Models: success, error, skipped. Tests: pass, fail, warn, error, skipped. Compile-only commands: success. */
  status: string;
  timing?: Array<{ name: string; started_at?: string | null; completed_at?: string | null }>;
  /** Tests: how many rows failed. */
  failures?: number | null;
  message?: string | null;
  execution_time?: number;
}

export interface DbtRunResults {
  metadata: DbtArtifactMetadata;
  results: DbtRunResult[];
  /** The command line; `which` is the command (`build`, `test`, `generate`, ...). */
  args?: { which?: string };
}

/** The artifacts of one target dir, parsed; catalog and run results are optional. */
export interface DbtArtifacts {
  manifest: DbtManifest;
  catalog: DbtCatalog | null;
  runResults: DbtRunResults | null;
}
