import { EntityEditors } from '@/components/dataset/edit/EntityEditors';
import type { DataProductDetail } from '@/lib/api';

/**
 * The data product's "Edit" section: its description, owners, tags and certification, with the forms
 * and rules of a dataset's, for those who may edit it (owners of its domain, admins). Its output ports
 * are the contract's, or set through the API.
 */
export function DataProductEditors({ product }: { product: DataProductDetail }) {
  return <EntityEditors entity={product} keptIn="kept in the data product’s history" />;
}
