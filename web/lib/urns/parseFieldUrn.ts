export interface FieldUrnParts {
  datasetUrn: string;
  /** The dataset's last id part, its qualified name (`rentals.public.customer`). */
  datasetName: string;
  fieldName: string;
}

const FIELD_PREFIX = 'urn:polder:field:(';
const DATASET_PREFIX = 'urn:polder:dataset:';

/**
 * Splits `urn:polder:field:(<dataset urn>,<field name>)` into its parts, or
 * returns null for anything else.
 *
 * The schema gives a Field no link to its dataset, but its URN names it.
 * `graph-schema/src/urn.ts` owns the format; it reserves `,` `(` `)`, so the
 * field name is whatever follows the last comma. (The web cannot import that
 * package yet: it has no entry point.)
 */
export function parseFieldUrn(urn: string): FieldUrnParts | null {
  if (!urn.startsWith(FIELD_PREFIX) || !urn.endsWith(')')) return null;
  const inner = urn.slice(FIELD_PREFIX.length, -1);
  const comma = inner.lastIndexOf(',');
  const datasetUrn = inner.slice(0, comma);
  const fieldName = inner.slice(comma + 1);
  if (comma < 0 || !datasetUrn.startsWith(DATASET_PREFIX) || fieldName === '') return null;

  const datasetId = datasetUrn.slice(DATASET_PREFIX.length);
  const datasetName = datasetId.startsWith('(') ? datasetId.slice(datasetId.lastIndexOf(',') + 1, -1) : datasetId;
  return { datasetUrn, datasetName, fieldName };
}
