import type { EntityType } from '../api';
import { parseFieldUrn } from '../urns/parseFieldUrn';

import { datasetHref } from './datasetHref';

/**
 * Where the catalog shows an entity, or null when it has no page yet: a field
 * is shown as a row of its dataset; domains and sources have no pages so far.
 */
export function entityHref(urn: string, type: EntityType): string | null {
  if (type === 'DATASET') return datasetHref(urn);
  if (type === 'FIELD') {
    const field = parseFieldUrn(urn);
    return field ? datasetHref(field.datasetUrn, field.fieldName) : null;
  }
  return null;
}
