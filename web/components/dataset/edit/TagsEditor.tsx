'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';

import { EditFormStatus } from './EditFormStatus';
import { EditHiddenFields } from './EditHiddenFields';
import type { EntityEditorProps, SubjectProps } from './EntityEditorProps';
import { TagsInput } from './TagsInput';
import { useEditAction } from './useEditAction';

/**
 * The tags as one comma-separated box, offering the catalog's tags as one is typed (TagsInput). A new
 * value to show (the tags saved, or what a refused save kept) starts the box afresh.
 */
export function TagsEditor({ urn, version, keptIn, subject, tags }: EntityEditorProps & SubjectProps & { tags: string[] }) {
  const { state, action, isPending, valueOf } = useEditAction();
  const id = useId();
  const value = valueOf('tags', tags.join(', '));
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="tags" urn={urn} version={version} />
      <EditFormStatus state={state} urn={urn} />
      <div className="form__field">
        <label htmlFor={`${id}-tags`}>
          Tags{subject && <span className="visually-hidden"> of {subject}</span>}
        </label>
        <TagsInput key={value} id={`${id}-tags`} defaultValue={value} hintId={`${id}-hint`} />
        <p id={`${id}-hint`} className="form__hint">
          Separated by commas, e.g. <code>gold, finance</code>.
        </p>
      </div>
      <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn={keptIn} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save tags'}
      </button>
    </form>
  );
}
