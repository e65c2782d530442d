import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Field: LabelDefinition<'Field'> = {
  label: 'Field',
  urnType: 'field',
  description: 'A column of a dataset.',
};

export interface FieldProperties extends EntityProperties {
  name: string;
  position: number;
  dataType: string;
  nullable: boolean;
  defaultValue?: string;
  description?: string;
  isPrimaryKey: boolean;
  isUnique: boolean;
}
