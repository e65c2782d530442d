/**
 * What an OpenLineage dataset namespace says about where the data lives. By the
 * OpenLineage naming spec a namespace starts with the store's scheme
 * (`postgres://host:5432`, `s3://bucket`, `kafka://broker:9092`); one without a
 * scheme (Marquez's demo `food_delivery`) says nothing, and the platform is
 * `openlineage`. Subtypes are a best guess: topics on Kafka, files on object
 * stores and file systems, tables everywhere else.
 */
const FILE_SCHEMES = new Set(['s3', 's3a', 's3n', 'gs', 'gcs', 'hdfs', 'file', 'abfs', 'abfss', 'wasb', 'wasbs', 'dbfs']);
const TOPIC_SCHEMES = new Set(['kafka']);

export function datasetPlatform(namespace: string): { platform: string; subtype: string } {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(namespace)?.[1]?.toLowerCase();
  if (!scheme) return { platform: 'openlineage', subtype: 'TABLE' };
  return { platform: scheme, subtype: TOPIC_SCHEMES.has(scheme) ? 'TOPIC' : FILE_SCHEMES.has(scheme) ? 'FILE' : 'TABLE' };
}
