'use client';

import { useActionState, useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';
import { IDLE, type ActionState } from '@/lib/actions/ActionState';
import { createGlossaryTermAction } from '@/lib/actions/createGlossaryTermAction';

interface NewTermFormProps {
  /** `enterprise` or a domain id. */
  glossary: string;
  /** Its terms, offered as the new term's parent (term group). */
  parents: Array<{ urn: string; name: string }>;
}

/** A new DRAFT term: created by a server action, which then opens the term's page. */
export function NewTermForm({ glossary, parents }: NewTermFormProps) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(createGlossaryTermAction, IDLE);
  const valueOf = (name: string) => (state.status === 'failed' ? (state.values?.[name] ?? '') : '');
  const id = useId();
  return (
    <form action={action} className="form">
      <input type="hidden" name="glossary" value={glossary} />
      {state.status === 'failed' && (
        <p className="banner banner--error" role="alert">
          {state.message}
        </p>
      )}
      <div className="form__field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} name="name" required maxLength={200} defaultValue={valueOf('name')} aria-describedby={`${id}-name-hint`} />
        <p id={`${id}-name-hint`} className="form__hint">
          Unique in this glossary, whatever its case. Renaming it later keeps its address.
        </p>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-definition`}>Definition</label>
        <textarea id={`${id}-definition`} name="definition" rows={5} maxLength={10000} defaultValue={valueOf('definition')} />
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-synonyms`}>Synonyms</label>
        <input id={`${id}-synonyms`} name="synonyms" defaultValue={valueOf('synonyms')} aria-describedby={`${id}-synonyms-hint`} />
        <p id={`${id}-synonyms-hint`} className="form__hint">
          Other words for it, separated by commas.
        </p>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-reviewers`}>Reviewers</label>
        <input id={`${id}-reviewers`} name="reviewers" defaultValue={valueOf('reviewers')} aria-describedby={`${id}-reviewers-hint`} />
        <p id={`${id}-reviewers-hint`} className="form__hint">
          Usernames, separated by commas: who approves or rejects it once it is submitted for review.
        </p>
      </div>
      {parents.length > 0 && (
        <div className="form__field">
          <label htmlFor={`${id}-parent`}>Parent term</label>
          <select id={`${id}-parent`} name="parentUrn" defaultValue={valueOf('parentUrn')}>
            <option value="">None (a top-level term)</option>
            {parents.map((parent) => (
              <option key={parent.urn} value={parent.urn}>
                {parent.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment')} keptIn="kept in the term’s history" />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Creating…' : 'Create term'}
      </button>
    </form>
  );
}
