import 'server-only';

import type { ApiResult } from './ApiResult';
import {
  removeSenseMappingMutation,
  type RemoveSenseMappingFields,
  setSenseMappingMutation,
  type SetSenseMappingFields,
  updatePolysemeMutation,
  type UpdatePolysemeFields,
  type WrittenPolyseme,
} from './mutations/polysemeMutations';
import { requestGraphQL } from './requestGraphQL';

/**
 * One edit of a polyseme's global part, made with the version the page read:
 * its label, description and status; the mapping between two of its senses;
 * or the removal of one. A CONFLICT failure (someone edited since) carries
 * `currentVersion` and left it as it was.
 */
export type PolysemeEdit =
  | { edit: 'details'; input: UpdatePolysemeFields }
  | { edit: 'setMapping'; input: SetSenseMappingFields }
  | { edit: 'removeMapping'; input: RemoveSenseMappingFields };

export async function editPolyseme(edit: PolysemeEdit): Promise<ApiResult<WrittenPolyseme>> {
  switch (edit.edit) {
    case 'details': {
      const result = await requestGraphQL(updatePolysemeMutation, { input: edit.input });
      return result.ok ? { ok: true, data: result.data.updatePolyseme } : result;
    }
    case 'setMapping': {
      const result = await requestGraphQL(setSenseMappingMutation, { input: edit.input });
      return result.ok ? { ok: true, data: result.data.setSenseMapping } : result;
    }
    case 'removeMapping': {
      const result = await requestGraphQL(removeSenseMappingMutation, { input: edit.input });
      return result.ok ? { ok: true, data: result.data.removeSenseMapping } : result;
    }
  }
}
