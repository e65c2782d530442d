import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Team: LabelDefinition<'Team'> = {
  label: 'Team',
  urnType: 'team',
  description: 'A team of people that owns assets.',
};

/** Written by a `directory` source, with MEMBER_OF edges from its people and IN_DOMAIN to the domain it works for, if any. */
export interface TeamProperties extends EntityProperties {
  id: string;
  name: string;
  email?: string;
  description?: string;
}
