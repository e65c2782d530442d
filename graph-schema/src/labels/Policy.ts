import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Policy: LabelDefinition<'Policy'> = {
  label: 'Policy',
  urnType: 'policy',
  description: 'A governance policy, global or from a domain pack.',
};

export interface PolicyProperties extends EntityProperties {
  id: string;
  severity: string;
  rationale?: string;
}
