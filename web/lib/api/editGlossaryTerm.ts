import 'server-only';

import type { ApiResult } from './ApiResult';
import {
  changeGlossaryTermStatusMutation,
  type ChangeGlossaryTermStatusFields,
  createGlossaryTermMutation,
  type CreateGlossaryTermFields,
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
 * (definition, synonyms, reviewers) or a move in its lifecycle. A CONFLICT
 * failure (someone edited since) carries `currentVersion` and left it as it was.
 */
export type GlossaryTermEdit = ({ kind: 'content' } & UpdateGlossaryTermFields) | ({ kind: 'status' } & ChangeGlossaryTermStatusFields);

export async function editGlossaryTerm(edit: GlossaryTermEdit): Promise<ApiResult<WrittenTerm>> {
  if (edit.kind === 'content') {
    const { kind: _kind, ...input } = edit;
    const result = await requestGraphQL(updateGlossaryTermMutation, { input });
    return result.ok ? { ok: true, data: result.data.updateGlossaryTerm } : result;
  }
  const { kind: _kind, ...input } = edit;
  const result = await requestGraphQL(changeGlossaryTermStatusMutation, { input });
  return result.ok ? { ok: true, data: result.data.changeGlossaryTermStatus } : result;
}
