import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Run: LabelDefinition<'Run'> = {
  label: 'Run',
  urnType: 'run',
  description: 'One execution of a job.',
};

export interface RunProperties extends EntityProperties {
  runId: string;
  state: string;
  startedAt?: string;
  endedAt?: string;
}
