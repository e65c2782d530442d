import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const PolicyFinding: LabelDefinition<'PolicyFinding'> = {
  label: 'PolicyFinding',
  urnType: 'policyFinding',
  description: 'A place where an asset breaks a policy, with its evidence.',
};

export interface PolicyFindingProperties extends EntityProperties {
  policyId: string;
  severity: string;
  message: string;
}
