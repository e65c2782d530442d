import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const QualityCheck: LabelDefinition<'QualityCheck'> = {
  label: 'QualityCheck',
  urnType: 'qualityCheck',
  description: 'A data quality check on a dataset or a field (dbt test, contract rule, Polder check).',
};

export interface QualityCheckProperties extends EntityProperties {
  name: string;
  kind: string;
}
