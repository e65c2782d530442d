import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Source: LabelDefinition<'Source'> = {
  label: 'Source',
  urnType: 'source',
  description: 'A store that Polder crawls (a database, a dbt project, an OpenLineage producer).',
};

export interface SourceProperties extends EntityProperties {
  id: string;
  /** The crawler that reads it: postgres, mysql, sqlite, dbt, openlineage, contract. */
  kind: string;
  lastRunAt?: string;
  lastRunStatus?: string;
}
