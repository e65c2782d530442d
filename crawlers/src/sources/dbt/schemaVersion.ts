/**
 * Which versions of dbt's artifact schemas Polder reads. Each artifact names its
 * schema in `metadata.dbt_schema_version`, e.g.
 * `https://schemas.getdbt.com/dbt/manifest/v12.json`.
 *
 * Manifest v10 is dbt 1.6, v11 dbt 1.7, v12 dbt 1.8 and later; the fields Polder
 * reads are the same across them. Older manifests lack fields the mapping relies
 * on (`attached_node`, groups, access); a newer one has a shape nobody has checked,
 * so both are refused rather than half-read.
 */
export const SUPPORTED_SCHEMA_VERSIONS = {
  manifest: [10, 11, 12],
  catalog: [1],
  'run-results': [5, 6],
} as const;

export type DbtArtifactKind = keyof typeof SUPPORTED_SCHEMA_VERSIONS;

const SCHEMA_URL = /\/dbt\/([a-z-]+)\/v(\d+)\.json$/;

/** Undefined when the artifact is of a supported version of `kind`, else why it is not. */
export function unsupportedSchemaVersion(kind: DbtArtifactKind, path: string, artifact: unknown): string | undefined {
  const declared = (artifact as { metadata?: { dbt_schema_version?: unknown } } | null)?.metadata?.dbt_schema_version;
  const match = typeof declared === 'string' ? SCHEMA_URL.exec(declared) : null;
  if (!match || match[1] !== kind) {
    return `${path} is not a dbt ${kind} artifact: metadata.dbt_schema_version is ${JSON.stringify(declared ?? null)}, expected https://schemas.getdbt.com/dbt/${kind}/v<N>.json`;
  }
  const version = Number(match[2]);
  const supported: readonly number[] = SUPPORTED_SCHEMA_VERSIONS[kind];
  if (supported.includes(version)) return undefined;
  const range = supported.length === 1 ? `v${supported[0]}` : `v${supported[0]} to v${supported[supported.length - 1]}`;
  return `${path} is dbt ${kind} schema v${version}; Polder reads ${kind} schema ${range}`;
}
