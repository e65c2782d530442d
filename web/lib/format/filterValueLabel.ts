import type { EntityType } from '../api';

import { entityTypeLabel } from './entityTypeLabel';

const ENTITY_TYPES = new Set<string>(['DATASET', 'FIELD', 'DOMAIN', 'SOURCE', 'DATA_PRODUCT', 'JOB', 'GLOSSARY_TERM', 'POLYSEME'] satisfies EntityType[]);

/**
 * The reader's word for a filter value: types as the rest of the catalog names
 * them, `certified` as yes or no; other values (domains, platforms, tags) are
 * names already.
 */
export function filterValueLabel(field: string, value: string): string {
  if (field === 'type' && ENTITY_TYPES.has(value)) return entityTypeLabel(value as EntityType);
  if (field === 'certified' && (value === 'true' || value === 'false')) return value === 'true' ? 'Yes' : 'No';
  return value;
}
