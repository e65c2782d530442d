import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Team: LabelDefinition<'Team'> = {
  label: 'Team',
  urnType: 'team',
  description: 'A team of people that owns assets.',
};

export interface TeamProperties extends EntityProperties {
  id: string;
  name: string;
}
