/**
 * An artifact of a dbt target dir that cannot be read: missing, not JSON, or of a
 * schema version Polder does not read. The message names the file, so the crawl's
 * one-line failure says what to fix.
 */
export class DbtArtifactError extends Error {
  override name = 'DbtArtifactError';
}
