'use server';

import { revalidatePath } from 'next/cache';

import { type EntityEdit, editEntity } from '../api';
import { parseOwnerRows } from '../edits/parseOwnerRows';
import { parseTags } from '../edits/parseTags';
import { tagsProblem } from '../edits/tagsProblem';

import type { ActionState } from './ActionState';
import { editedPageHref } from './editedPageHref';
import { editRefusal } from './editRefusal';
import { isFormData, NOT_FORM_DATA } from './formDataGuard';
import { submittedValues } from './submittedValues';

/**
 * Every form that edits the description, owners, tags or certification of a
 * dataset, a column or a data product posts here; `edit` in the form says
 * which. Each form carries the `urn` and the `expectedVersion` the page was
 * rendered with, so an edit made after someone else's is refused by the API
 * (CONFLICT) instead of silently replacing theirs; and an optional `comment`,
 * which the API keeps with the edit in the entity's history. The API decides
 * what the kind of `urn` takes and who may edit it.
 */
export async function editEntityAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  if (!isFormData(form)) return NOT_FORM_DATA;
  const urn = String(form.get('urn') ?? '');
  const expectedVersion = Number(form.get('expectedVersion'));
  const values = submittedValues(form);
  const edit = readEdit(form);
  if (urn === '' || !Number.isInteger(expectedVersion) || !edit) {
    return { status: 'failed', message: 'This form is incomplete. Reload the page and try again.', values };
  }
  // Checked here, by the API's rules, so the message names the tag rather than the API's index into the list.
  const problem = edit.kind === 'tags' && edit.tags ? tagsProblem(edit.tags) : null;
  if (problem) return { status: 'failed', message: problem, values };

  const comment = String(form.get('comment') ?? '').trim() || null;
  const result = await editEntity(urn, expectedVersion, edit, comment);
  if (!result.ok) return editRefusal(result.failure, values);
  const page = editedPageHref(urn);
  if (page) revalidatePath(page);
  return { status: 'done', message: SAVED[edit.kind] };
}

const SAVED: Record<EntityEdit['kind'], string> = {
  description: 'Description saved.',
  owners: 'Owners saved.',
  tags: 'Tags saved.',
  certification: 'Certification saved.',
};

function readEdit(form: FormData): EntityEdit | null {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  switch (form.get('edit')) {
    case 'description':
      // Empty brings the source's own description back, as the API defines null.
      return { kind: 'description', description: text('description') || null };
    case 'owners':
      return { kind: 'owners', owners: parseOwnerRows(form.getAll('ownerName').map(String), form.getAll('ownerType').map(String)) };
    case 'tags':
      return { kind: 'tags', tags: parseTags(text('tags')) };
    case 'certification':
      return { kind: 'certification', certified: form.get('certified') === 'true', note: text('note') || null };
    default:
      return null;
  }
}
