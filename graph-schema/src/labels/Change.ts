import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Change: LabelDefinition<'Change'> = {
  label: 'Change',
  urnType: 'change',
  description: 'An audit entry: who changed what, when, from what to what.',
};

export interface ChangeProperties extends EntityProperties {
  actor: string;
  action: string;
  at: string;
  before?: string;
  after?: string;
}
