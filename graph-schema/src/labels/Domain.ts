import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Domain: LabelDefinition<'Domain'> = {
  label: 'Domain',
  urnType: 'domain',
  description: 'A business domain of the mesh (sales, finance, delivery, ...) that owns its data and products.',
};

export interface DomainProperties extends EntityProperties {
  id: string;
  name: string;
  description?: string;
}
