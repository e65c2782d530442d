'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';

import { EditFormStatus } from './EditFormStatus';
import { EditHiddenFields } from './EditHiddenFields';
import { useEditAction } from './useEditAction';

/** The tags as one comma-separated box. */
export function TagsEditor({ urn, version, tags }: { urn: string; version: number; tags: string[] }) {
  const { state, action, isPending, valueOf } = useEditAction();
  const id = useId();
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="tags" urn={urn} version={version} />
      <EditFormStatus state={state} urn={urn} />
      <div className="form__field">
        <label htmlFor={`${id}-tags`}>Tags</label>
        <input id={`${id}-tags`} name="tags" defaultValue={valueOf('tags', tags.join(', '))} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="form__hint">
          Separated by commas, e.g. <code>gold, finance</code>.
        </p>
      </div>
      <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn="kept in the dataset’s history" />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save tags'}
      </button>
    </form>
  );
}
