'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';

import { EditFormStatus } from './EditFormStatus';
import { EditHiddenFields } from './EditHiddenFields';
import type { EntityEditorProps, SubjectProps } from './EntityEditorProps';
import { useEditAction } from './useEditAction';

interface DescriptionEditorProps extends EntityEditorProps, SubjectProps {
  description: string | null;
}

/** The description as a text area, saved by a server action; empty brings back the source's. */
export function DescriptionEditor({ urn, version, keptIn, subject, description }: DescriptionEditorProps) {
  const { state, action, isPending, valueOf } = useEditAction();
  const id = useId();
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="description" urn={urn} version={version} />
      <EditFormStatus state={state} urn={urn} />
      <div className="form__field">
        <label htmlFor={`${id}-description`}>
          Description{subject && <span className="visually-hidden"> of {subject}</span>}
        </label>
        <textarea
          id={`${id}-description`}
          name="description"
          rows={5}
          maxLength={10000}
          defaultValue={valueOf('description', description ?? '')}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="form__hint">
          Leave it empty to show the description the source has again.
        </p>
      </div>
      <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn={keptIn} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save description'}
      </button>
    </form>
  );
}
