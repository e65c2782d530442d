'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';
import { EditFormStatus } from '@/components/dataset/edit/EditFormStatus';
import { EditHiddenFields } from '@/components/dataset/edit/EditHiddenFields';
import { useEditAction } from '@/components/dataset/edit/useEditAction';
import { editGlossaryTermAction } from '@/lib/actions/editGlossaryTermAction';
import { glossaryTermHref } from '@/lib/urls/glossaryHref';

interface TermContentEditorProps {
  urn: string;
  /** The version the page read: sent as `expectedVersion`. */
  version: number;
  definition: string | null;
  synonyms: string[];
  reviewers: string[];
}

/** A term's definition, synonyms and reviewers, saved together by a server action with the version the page read. */
export function TermContentEditor({ urn, version, definition, synonyms, reviewers }: TermContentEditorProps) {
  const { state, action, isPending, valueOf } = useEditAction(editGlossaryTermAction);
  const id = useId();
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="content" urn={urn} version={version} />
      <EditFormStatus state={state} urn={urn} reloadHref={glossaryTermHref(urn)} />
      <div className="form__field">
        <label htmlFor={`${id}-definition`}>Definition</label>
        <textarea
          id={`${id}-definition`}
          name="definition"
          rows={5}
          maxLength={10000}
          defaultValue={valueOf('definition', definition ?? '')}
          aria-describedby={`${id}-definition-hint`}
        />
        <p id={`${id}-definition-hint`} className="form__hint">
          What it means, in markdown.
        </p>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-synonyms`}>Synonyms</label>
        <input id={`${id}-synonyms`} name="synonyms" defaultValue={valueOf('synonyms', synonyms.join(', '))} aria-describedby={`${id}-synonyms-hint`} />
        <p id={`${id}-synonyms-hint`} className="form__hint">
          Other words for it, separated by commas; search finds the term by them.
        </p>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-reviewers`}>Reviewers</label>
        <input id={`${id}-reviewers`} name="reviewers" defaultValue={valueOf('reviewers', reviewers.join(', '))} aria-describedby={`${id}-reviewers-hint`} />
        <p id={`${id}-reviewers-hint`} className="form__hint">
          Usernames, separated by commas: they approve or reject it, never the one who submits it.
        </p>
      </div>
      <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn="kept in the term’s history" />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save term'}
      </button>
    </form>
  );
}
