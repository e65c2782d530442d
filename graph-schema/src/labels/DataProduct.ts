import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const DataProduct: LabelDefinition<'DataProduct'> = {
  label: 'DataProduct',
  urnType: 'dataProduct',
  description: 'A data product published by a domain, with output ports (datasets it exposes) and input ports (datasets it consumes).',
};

export interface DataProductProperties extends EntityProperties {
  id: string;
  name: string;
  description?: string;
}
