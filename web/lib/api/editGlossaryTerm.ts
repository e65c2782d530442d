import 'server-only';

import type { ApiResult } from './ApiResult';
import {
  changeGlossaryTermStatusMutation,
  type ChangeGlossaryTermStatusFields,
  createGlossaryTermMutation,
  type CreateGlossaryTermFields,
  setIdentityFieldsMutation,
  type SetIdentityFieldsFields,
  updateGlossaryTermMutation,
  type UpdateGlossaryTermFields,
  type WrittenTerm,
} from './mutations/glossaryTermMutations';
import { requestGraphQL } from './requestGraphQL';

/** Creates a DRAFT term in a glossary; the answer carries its new URN. */
export async function createGlossaryTerm(input: CreateGlossaryTermFields): Promise<ApiResult<WrittenTerm>> {
  const result = await requestGraphQL(createGlossaryTermMutation, { input });
  return result.ok ? { ok: true, data: result.data.createGlossaryTerm } : result;
}

/**
 * One edit of a term, made with the version the page read: its content
 * (definition, synonyms, reviewers), a move in its lifecycle, or, for a sense,
 * its identity columns. A CONFLICT failure (someone edited since) carries
 * `currentVersion` and left it as it was.
 */
export type GlossaryTermEdit =
  | ({ kind: 'content' } & UpdateGlossaryTermFields)
  | ({ kind: 'status' } & ChangeGlossaryTermStatusFields)
  | ({ kind: 'identityFields' } & SetIdentityFieldsFields);

export async function editGlossaryTerm(edit: GlossaryTermEdit): Promise<ApiResult<WrittenTerm>> {
  switch (edit.kind) {
    case 'content': {
      const { kind: _kind, ...input } = edit;
      const result = await requestGraphQL(updateGlossaryTermMutation, { input });
      return result.ok ? { ok: true, data: result.data.updateGlossaryTerm } : result;
    }
    case 'status': {
      const { kind: _kind, ...input } = edit;
      const result = await requestGraphQL(changeGlossaryTermStatusMutation, { input });
      return result.ok ? { ok: true, data: result.data.changeGlossaryTermStatus } : result;
    }
    case 'identityFields': {
      const { kind: _kind, ...input } = edit;
      const result = await requestGraphQL(setIdentityFieldsMutation, { input });
      return result.ok ? { ok: true, data: result.data.setIdentityFields } : result;
    }
  }
}
