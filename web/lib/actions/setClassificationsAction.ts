'use server';

import { revalidatePath } from 'next/cache';

import { setClassifications } from '../api';
import { nextClassifications } from '../classification/nextClassifications';
import { datasetHref } from '../urls/datasetHref';

import type { ActionState } from './ActionState';
import { editRefusal } from './editRefusal';
import { isFormData, NOT_FORM_DATA } from './formDataGuard';

/**
 * The "Classifications" forms of the dataset page (the dataset's, and each column's) post here: the
 * classifications ticked (`classification`) and one typed (`other`), the `urn` and `expectedVersion` the
 * page read, the `datasetUrn` of the page to show again, and an optional `comment` for the history. The API
 * gets the whole new list with that version, so a list someone changed meanwhile is refused (CONFLICT), not
 * overwritten.
 */
export async function setClassificationsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  if (!isFormData(form)) return NOT_FORM_DATA;
  const urn = String(form.get('urn') ?? '');
  const datasetUrn = String(form.get('datasetUrn') ?? '');
  // A missing or blank version is none, not 0 (which `Number` would make of it).
  const expectedVersion = Number(form.get('expectedVersion') || NaN);
  const ticked = form.getAll('classification').map(String);
  const other = String(form.get('other') ?? '');
  const comment = String(form.get('comment') ?? '');
  // The ticks in one value (a classification holds no blank), to tick the same boxes again after a refusal.
  const values = { classifications: ticked.join(' '), other, comment };
  if (urn === '' || datasetUrn === '' || !Number.isInteger(expectedVersion)) {
    return { status: 'failed', message: 'This form is incomplete. Reload the page and try again.', values };
  }
  const next = nextClassifications(ticked, other);
  if ('problem' in next) return { status: 'failed', message: next.problem, values };

  const result = await setClassifications(urn, expectedVersion, next.classifications, comment.trim() || null);
  if (!result.ok) return editRefusal(result.failure, values);
  revalidatePath(datasetHref(datasetUrn));
  return { status: 'done', message: 'Classifications saved.' };
}
