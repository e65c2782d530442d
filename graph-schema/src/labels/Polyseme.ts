import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Polyseme: LabelDefinition<'Polyseme'> = {
  label: 'Polyseme',
  urnType: 'polyseme',
  description: 'One word with a different meaning (sense) in each domain that uses it.',
};

export interface PolysemeProperties extends EntityProperties {
  label: string;
  description?: string;
}
