'use server';

import { revalidatePath } from 'next/cache';

import { assignTerms } from '../api';
import { nextTermUrns } from '../edits/nextTermUrns';
import { datasetHref } from '../urls/datasetHref';

import type { ActionState } from './ActionState';
import { editRefusal } from './editRefusal';
import { isFormData, NOT_FORM_DATA } from './formDataGuard';

/**
 * The "Assign terms" forms of the dataset page (the dataset's, and each
 * column's) post here. A form carries the terms it showed (`term`), the
 * version it read, and either the term to add (`add`) or the one whose Remove
 * button was pressed (`remove`), and an optional `comment` for the audit
 * trail; the API gets the whole new list with that version, so a list someone
 * changed meanwhile is refused (CONFLICT), not overwritten.
 */
export async function assignTermsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  if (!isFormData(form)) return NOT_FORM_DATA;
  const urn = String(form.get('urn') ?? '');
  const datasetUrn = String(form.get('datasetUrn') ?? '');
  const expectedVersion = Number(form.get('expectedVersion'));
  const add = String(form.get('add') ?? '');
  const remove = String(form.get('remove') ?? '');
  const comment = String(form.get('comment') ?? '');
  const values = { add, comment };
  if (urn === '' || datasetUrn === '' || !Number.isInteger(expectedVersion)) {
    return { status: 'failed', message: 'This form is incomplete. Reload the page and try again.', values };
  }
  const next = nextTermUrns(form.getAll('term').map(String), { add, remove });
  if (!next) return { status: 'failed', message: 'Choose a term to add first.', values };

  const result = await assignTerms(urn, expectedVersion, next, comment.trim() || null);
  if (!result.ok) return editRefusal(result.failure, values);
  revalidatePath(datasetHref(datasetUrn));
  return { status: 'done', message: remove ? 'Term removed.' : 'Term added.' };
}
