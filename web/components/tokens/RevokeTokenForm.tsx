'use client';

import { useActionState } from 'react';

import { IDLE, type ActionState } from '@/lib/actions/ActionState';
import { revokeTokenAction } from '@/lib/actions/revokeTokenAction';

/** One token's revoke button: a POST form (works without JS), saying what happened. */
export function RevokeTokenForm({ id, name }: { id: string; name: string }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(revokeTokenAction, IDLE);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button--danger button--small" disabled={isPending} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
      {state.status !== 'idle' && (
        <span role={state.status === 'failed' ? 'alert' : 'status'} className="inline-form__message">
          {state.message}
        </span>
      )}
    </form>
  );
}
