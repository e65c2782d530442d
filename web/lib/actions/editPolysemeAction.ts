'use server';

import { revalidatePath } from 'next/cache';

import { editPolyseme, type PolysemeEdit } from '../api';
import { readPolysemeEdit } from '../glossary/readPolysemeEdit';
import { glossaryHref, polysemeHref } from '../urls/glossaryHref';

import type { ActionState } from './ActionState';
import { editRefusal } from './editRefusal';
import { isFormData, NOT_FORM_DATA } from './formDataGuard';
import { submittedValues } from './submittedValues';

/**
 * The council's edit forms of a polyseme post here; `edit` says which
 * (readPolysemeEdit). Each carries the `urn` and the `expectedVersion` the page
 * was rendered with, so an edit made after someone else's is refused by the
 * API (CONFLICT) instead of silently replacing theirs.
 */
export async function editPolysemeAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  if (!isFormData(form)) return NOT_FORM_DATA;
  const values = submittedValues(form);
  const edit = readPolysemeEdit(form);
  if (typeof edit === 'string') return { status: 'failed', message: edit, values };

  const result = await editPolyseme(edit);
  if (!result.ok) return editRefusal(result.failure, values);
  revalidatePath(polysemeHref(edit.input.urn));
  // The glossary page lists the shared words with their label and status.
  revalidatePath(glossaryHref());
  return { status: 'done', message: SAVED[edit.edit] };
}

const SAVED: Record<PolysemeEdit['edit'], string> = {
  details: 'Polyseme saved.',
  setMapping: 'Mapping saved.',
  removeMapping: 'Mapping removed.',
};
