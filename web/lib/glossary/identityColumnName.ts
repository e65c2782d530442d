import type { IdentityFieldFields } from '../api/fragments/identityFieldFields';

/**
 * An identity column as readers name it, with its dataset: `main.customers.email`, as a join
 * rule writes it. Only the column's name when its dataset is not given.
 */
export function identityColumnName(field: Pick<IdentityFieldFields, 'name' | 'dataset'>): string {
  return field.dataset ? `${field.dataset.qualifiedName}.${field.name}` : field.name;
}
