import 'server-only';

import type { ApiResult } from './ApiResult';
import {
  setCertificationMutation,
  setOwnersMutation,
  setTagsMutation,
  updateDescriptionMutation,
} from './mutations/entityEditMutations';
import { requestGraphQL } from './requestGraphQL';
import type { OwnershipType } from './schemaEnums';

/**
 * One edit of a dataset, a column or a data product, made with the version
 * the page read, with the person's comment for its history (or null). The
 * answer is the version the edit produced; a CONFLICT failure (someone edited
 * since) carries `currentVersion` and left everything as it was. Which kinds
 * take which edit (a column has no owners) is the API's to say.
 */
export type EntityEdit =
  | { kind: 'description'; description: string | null }
  | { kind: 'owners'; owners: Array<{ name: string; type: OwnershipType }> | null }
  | { kind: 'tags'; tags: string[] | null }
  | { kind: 'certification'; certified: boolean; note: string | null };

export async function editEntity(urn: string, expectedVersion: number, edit: EntityEdit, comment: string | null = null): Promise<ApiResult<{ version: number | undefined }>> {
  const base = { urn, expectedVersion, comment };
  switch (edit.kind) {
    case 'description': {
      const result = await requestGraphQL(updateDescriptionMutation, { input: { ...base, description: edit.description } });
      return result.ok ? { ok: true, data: { version: result.data.updateDescription.version } } : result;
    }
    case 'owners': {
      const result = await requestGraphQL(setOwnersMutation, { input: { ...base, owners: edit.owners } });
      return result.ok ? { ok: true, data: { version: result.data.setOwners.version } } : result;
    }
    case 'tags': {
      const result = await requestGraphQL(setTagsMutation, { input: { ...base, tags: edit.tags } });
      return result.ok ? { ok: true, data: { version: result.data.setTags.version } } : result;
    }
    case 'certification': {
      const result = await requestGraphQL(setCertificationMutation, { input: { ...base, certified: edit.certified, note: edit.note } });
      return result.ok ? { ok: true, data: { version: result.data.setCertification.version } } : result;
    }
  }
}
