import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Dataset: LabelDefinition<'Dataset'> = {
  label: 'Dataset',
  urnType: 'dataset',
  description: 'A table, view, model, topic or file.',
};

export interface DatasetProperties extends EntityProperties {
  name: string;
  /** database.schema.table for relational stores. */
  qualifiedName: string;
  platform: string;
  /** TABLE, VIEW, MATERIALIZED_VIEW, PARTITIONED_TABLE, FOREIGN_TABLE, MODEL, TOPIC, FILE. */
  subtype: string;
  description?: string;
  rowEstimate?: number;
  sizeBytes?: number;
  owner?: string;
  /** The SQL of a view, as the store reports it. */
  viewDefinition?: string;
}
