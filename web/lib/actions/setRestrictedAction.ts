'use server';

import { revalidatePath } from 'next/cache';

import { setRestricted } from '../api';
import { datasetHref } from '../urls/datasetHref';

import type { ActionState } from './ActionState';
import { editRefusal } from './editRefusal';
import { isFormData, NOT_FORM_DATA } from './formDataGuard';

/**
 * The dataset page's "Restrict" form posts here: `restricted` (`true` or `false`, from the button
 * pressed) with the `urn` and `expectedVersion` the page read, and an optional `comment` for the
 * dataset's history. A dataset someone edited meanwhile is refused (CONFLICT), not overwritten.
 */
export async function setRestrictedAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  if (!isFormData(form)) return NOT_FORM_DATA;
  const urn = String(form.get('urn') ?? '');
  // A missing or blank version is none, not 0 (which `Number` would make of it).
  const expectedVersion = Number(form.get('expectedVersion') || NaN);
  const restricted = form.get('restricted');
  const comment = String(form.get('comment') ?? '');
  const values = { comment };
  if (urn === '' || !Number.isInteger(expectedVersion) || (restricted !== 'true' && restricted !== 'false')) {
    return { status: 'failed', message: 'This form is incomplete. Reload the page and try again.', values };
  }

  const result = await setRestricted(urn, expectedVersion, restricted === 'true', comment.trim() || null);
  if (!result.ok) return editRefusal(result.failure, values);
  revalidatePath(datasetHref(urn));
  return { status: 'done', message: restricted === 'true' ? 'Restricted: its sensitive values are now masked outside its domain.' : 'Restriction lifted: its sensitive values are shown to everyone who may see it.' };
}
