'use server';

import { revalidatePath } from 'next/cache';

import { createApiToken, type TokenScope } from '../api';

import type { ActionState } from './ActionState';
import { failureMessage } from './failureMessage';
import { isFormData, NOT_FORM_DATA } from './formDataGuard';

export type CreateTokenState =
  | ActionState
  /** The secret travels in this answer only: it is not in the URL, the page, nor any log. */
  | { status: 'created'; id: string; name: string; secret: string; expiresAt: string };

const SCOPES = new Set<string>(['READ', 'WRITE'] satisfies TokenScope[]);

/** The new-token form's action: creates the token and hands its secret back once. */
export async function createTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  if (!isFormData(form)) return NOT_FORM_DATA;
  const name = String(form.get('name') ?? '').trim();
  const scopes = form.getAll('scopes').map(String).filter((scope) => SCOPES.has(scope)) as TokenScope[];
  const expiresInDays = Number(form.get('expiresInDays'));
  const values = { name };
  if (name === '') return { status: 'failed', message: 'Give the token a name, e.g. what will use it.', values };
  if (scopes.length === 0) return { status: 'failed', message: 'Pick at least one scope.', values };
  if (!Number.isInteger(expiresInDays) || expiresInDays < 1) return { status: 'failed', message: 'Pick when it expires.', values };

  const result = await createApiToken({ name, scopes, expiresInDays });
  if (!result.ok) return { status: 'failed', message: failureMessage(result.failure), values };
  revalidatePath('/settings/tokens');
  return { status: 'created', id: result.data.token.id, name: result.data.token.name, secret: result.data.secret, expiresAt: result.data.token.expiresAt };
}
