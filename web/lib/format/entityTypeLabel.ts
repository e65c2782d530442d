import type { EntityType } from '../api';

const LABELS: Record<EntityType, string> = {
  DATASET: 'Dataset',
  FIELD: 'Column',
  DOMAIN: 'Domain',
  SOURCE: 'Source',
  DATA_PRODUCT: 'Data product',
  GLOSSARY_TERM: 'Glossary term',
  POLYSEME: 'Polyseme',
  JOB: 'Job',
};

/** The reader's word for an entity type ("Column" for FIELD: that is what a field of a dataset is). */
export function entityTypeLabel(type: EntityType): string {
  return LABELS[type] ?? type;
}
