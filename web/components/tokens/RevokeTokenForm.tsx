'use client';

import { useActionState } from 'react';

import { ConfirmSubmitButton } from '@/components/ConfirmSubmitButton';
import { IDLE, type ActionState } from '@/lib/actions/ActionState';
import { revokeTokenAction } from '@/lib/actions/revokeTokenAction';

/** One token's revoke button, asking first: a POST form (works without JS), saying what happened. */
export function RevokeTokenForm({ id, name }: { id: string; name: string }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(revokeTokenAction, IDLE);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <ConfirmSubmitButton
        label="Revoke"
        accessibleName={`Revoke ${name}`}
        confirmLabel="Confirm revoke"
        confirmAccessibleName={`Confirm: revoke ${name}`}
        consequence="It stops working at once; this cannot be undone."
        disabled={isPending}
      />
      {state.status !== 'idle' && (
        <span role={state.status === 'failed' ? 'alert' : 'status'} className="inline-form__message">
          {state.message}
        </span>
      )}
    </form>
  );
}
