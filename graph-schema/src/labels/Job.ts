import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Job: LabelDefinition<'Job'> = {
  label: 'Job',
  urnType: 'job',
  description: 'A process that reads and writes datasets (an Airflow task, a Spark job, a dbt model build).',
};

export interface JobProperties extends EntityProperties {
  namespace: string;
  name: string;
  description?: string;
}
