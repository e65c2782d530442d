'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { signIn } from '../api';
import { writeSession } from '../session/sessionCookie';
import { safeNextPath } from '../urls/safeNextPath';

import type { ActionState } from './ActionState';
import { failureMessage } from './failureMessage';
import { isFormData, NOT_FORM_DATA } from './formDataGuard';

/**
 * The sign-in form's action. On success the API's session secret goes into
 * the web's HttpOnly cookie and the person goes back to `next` (a local path
 * only, else home). The password is never logged nor sent back to the form.
 */
export async function signInAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  if (!isFormData(form)) return NOT_FORM_DATA;
  const username = String(form.get('username') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const next = safeNextPath(String(form.get('next') ?? '')) ?? '/';
  if (username === '' || password === '') {
    return { status: 'failed', message: 'Enter your username and password.', values: { username } };
  }

  const result = await signIn(username, password);
  if (!result.ok) {
    const { failure } = result;
    const message =
      failure.kind === 'graphql' && failure.code === 'UNAUTHENTICATED'
        ? 'Wrong username or password.'
        : failureMessage(failure);
    return { status: 'failed', message, values: { username } };
  }
  await writeSession(result.data.session, result.data.expiresAt);
  // Every page shows who is signed in and may show more to them: none may be reused.
  revalidatePath('/', 'layout');
  redirect(next);
}
