import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Person: LabelDefinition<'Person'> = {
  label: 'Person',
  urnType: 'person',
  description: 'A person: an owner, a steward, a reviewer.',
};

export interface PersonProperties extends EntityProperties {
  id: string;
  displayName: string;
  email?: string;
}
