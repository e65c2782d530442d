'use client';

import { useId } from 'react';

import { EditFormStatus } from '@/components/dataset/edit/EditFormStatus';
import { EditHiddenFields } from '@/components/dataset/edit/EditHiddenFields';
import { useEditAction } from '@/components/dataset/edit/useEditAction';
import { editGlossaryTermAction } from '@/lib/actions/editGlossaryTermAction';
import type { TermStatus } from '@/lib/api';
import { termMoveLabel } from '@/lib/glossary/termMoves';
import { glossaryReviewHref, glossaryTermHref } from '@/lib/urls/glossaryHref';

interface TermStatusFormProps {
  urn: string;
  /** The version the page read: sent as `expectedVersion`. */
  version: number;
  status: TermStatus;
  /** The moves to offer (the API's `viewerCanMoveTo`, without deprecation, which has its own form). */
  moves: TermStatus[];
  /** Where the form is: a decision in the review queue goes back to the queue. */
  from?: 'term' | 'queue';
  /** Named in the buttons for screen readers when several terms' forms share a page. */
  termName?: string;
  /** Said instead of the form when there is no move to offer. */
  emptyText: string;
}

/**
 * Moves a term in its lifecycle: one button per move the viewer may make
 * (submit, withdraw, approve, reject, back to draft), and the comment every
 * move needs. What the last move did stays shown while the buttons change.
 */
export function TermStatusForm({ urn, version, status, moves, from = 'term', termName, emptyText }: TermStatusFormProps) {
  const { state, action, isPending, valueOf } = useEditAction(editGlossaryTermAction);
  const id = useId();
  const reloadHref = from === 'queue' ? glossaryReviewHref() : glossaryTermHref(urn);
  if (moves.length === 0) {
    return (
      <div className="form">
        <EditFormStatus state={state} urn={urn} reloadHref={reloadHref} />
        <p className="muted">{emptyText}</p>
      </div>
    );
  }
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="status" urn={urn} version={version} />
      {from === 'queue' && <input type="hidden" name="from" value="queue" />}
      <EditFormStatus state={state} urn={urn} reloadHref={reloadHref} />
      <div className="form__field">
        <label htmlFor={`${id}-comment`}>Comment</label>
        <textarea
          id={`${id}-comment`}
          name="comment"
          rows={2}
          maxLength={2000}
          required
          defaultValue={valueOf('comment', '')}
          aria-describedby={`${id}-comment-hint`}
        />
        <p id={`${id}-comment-hint`} className="form__hint">
          Required: why, kept in the term’s history.
        </p>
      </div>
      <div className="form__actions">
        {moves.map((to) => (
          <button
            key={to}
            type="submit"
            name="status"
            value={to}
            className={to === 'REJECTED' ? 'button button--danger' : to === 'DRAFT' ? 'button button--secondary' : 'button'}
            disabled={isPending}
          >
            {termMoveLabel(status, to)}
            {termName && <span className="visually-hidden"> “{termName}”</span>}
          </button>
        ))}
      </div>
    </form>
  );
}
