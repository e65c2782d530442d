'use client';

import { useActionState, useId } from 'react';

import { IDLE, type ActionState } from '@/lib/actions/ActionState';
import { signInAction } from '@/lib/actions/signInAction';

/**
 * Username and password, posted to a server action. A plain HTML form
 * underneath: without JS the browser posts it and the server answers with
 * the page (and the message) or the redirect; with JS it stays in place.
 */
export function SignInForm({ next }: { next: string }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(signInAction, IDLE);
  const id = useId();
  const failed = state.status === 'failed';

  return (
    <form action={action} className="form" aria-describedby={failed ? `${id}-error` : undefined}>
      {failed && (
        <p id={`${id}-error`} className="banner banner--error" role="alert">
          {state.message}
        </p>
      )}
      <input type="hidden" name="next" value={next} />
      <div className="form__field">
        <label htmlFor={`${id}-username`}>Username</label>
        <input
          id={`${id}-username`}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={100}
          defaultValue={failed ? state.values?.username : undefined}
        />
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input id={`${id}-password`} name="password" type="password" autoComplete="current-password" required maxLength={1024} />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
