'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { signOut } from '../api';
import { clearSession } from '../session/sessionCookie';

/**
 * The header's sign-out button. The cookie goes whatever the API says: a
 * person who asked to sign out must not stay signed in on this browser
 * because the API was briefly unreachable.
 */
export async function signOutAction(): Promise<void> {
  await signOut();
  await clearSession();
  revalidatePath('/', 'layout');
  redirect('/sign-in?signed-out=1');
}
