'use server';

import { revalidatePath } from 'next/cache';

import { revokeApiToken } from '../api';

import type { ActionState } from './ActionState';
import { failureMessage } from './failureMessage';
import { isFormData, NOT_FORM_DATA } from './formDataGuard';

/** A token row's revoke button. */
export async function revokeTokenAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  if (!isFormData(form)) return NOT_FORM_DATA;
  const id = String(form.get('id') ?? '');
  if (id === '') return { status: 'failed', message: 'Which token? Reload the page and try again.' };
  const result = await revokeApiToken(id);
  if (!result.ok) return { status: 'failed', message: failureMessage(result.failure) };
  revalidatePath('/settings/tokens');
  return { status: 'done', message: `Revoked “${result.data.name}”: it no longer works.` };
}
