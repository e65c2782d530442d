'use client';

import { useActionState, useId } from 'react';

import { CopyButton } from '@/components/dataset/CopyButton';
import { IDLE } from '@/lib/actions/ActionState';
import { createTokenAction, type CreateTokenState } from '@/lib/actions/createTokenAction';
import { formatDate } from '@/lib/format/formatDateTime';

/** Lifetimes offered; the API caps them (365 days by default). */
const EXPIRY_DAYS = [7, 30, 90, 365];

/**
 * Name, scopes and lifetime of a new token. The secret comes back in the
 * action's answer and is shown here once, with a copy button; it lives in
 * this component's state only, so a reload or another visit never shows it.
 * Revoking the new token takes its secret off the screen at once: the list
 * the page passes in after the revocation names it among `revokedTokenIds`,
 * and a secret that no longer works is nothing to copy.
 *
 * "Make changes" (WRITE) is offered only when the API says the account may
 * change something (`offerWrite`, Viewer.viewerCanCreateWriteTokens): a
 * viewer's WRITE token would be refused every change, so the API refuses to
 * make one.
 */
export function CreateTokenForm({ revokedTokenIds, offerWrite }: { revokedTokenIds: string[]; offerWrite: boolean }) {
  const [state, action, isPending] = useActionState<CreateTokenState, FormData>(createTokenAction, IDLE);
  const id = useId();

  return (
    <>
      {state.status === 'created' && !revokedTokenIds.includes(state.id) && (
        <div className="secret" role="status" aria-labelledby={`${id}-secret-title`}>
          <p id={`${id}-secret-title`} className="secret__title">
            Token “{state.name}” created. Copy it now: it will not be shown again.
          </p>
          <p className="secret__row">
            <code className="secret__value">
              {state.secret}
            </code>
            <CopyButton text={state.secret} label="Copy token" />
          </p>
          <p className="muted">It works until {formatDate(state.expiresAt)}. Send it as <code>Authorization: Bearer …</code>.</p>
        </div>
      )}
      <form action={action} className="form">
        {state.status === 'failed' && (
          <p className="banner banner--error" role="alert">
            {state.message}
          </p>
        )}
        <div className="form__field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            name="name"
            required
            maxLength={100}
            placeholder="e.g. airflow lineage"
            aria-describedby={`${id}-name-hint`}
            defaultValue={state.status === 'failed' ? state.values?.name : undefined}
          />
          <p id={`${id}-name-hint`} className="form__hint">
            What will use it, so you know which to revoke later.
          </p>
        </div>
        <fieldset className="form__field" aria-describedby={offerWrite ? undefined : `${id}-scopes-hint`}>
          <legend>Scopes</legend>
          <label className="form__check">
            <input type="checkbox" name="scopes" value="READ" defaultChecked /> Read the catalog
          </label>
          {offerWrite ? (
            <label className="form__check">
              <input type="checkbox" name="scopes" value="WRITE" /> Make changes (within your roles)
            </label>
          ) : (
            <p id={`${id}-scopes-hint`} className="form__hint">
              Your roles let you read the catalog, not change it, so your tokens can only read.
            </p>
          )}
        </fieldset>
        <div className="form__field">
          <label htmlFor={`${id}-expiry`}>Expires after</label>
          <select id={`${id}-expiry`} name="expiresInDays" defaultValue="90">
            {EXPIRY_DAYS.map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? 'Creating…' : 'Create token'}
        </button>
      </form>
    </>
  );
}
