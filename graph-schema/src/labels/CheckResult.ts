import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const CheckResult: LabelDefinition<'CheckResult'> = {
  label: 'CheckResult',
  urnType: 'checkResult',
  description: 'One outcome of a quality check.',
};

export interface CheckResultProperties extends EntityProperties {
  outcome: string;
  observedValue?: number;
  evaluatedAt: string;
}
