'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';
import { EditFormStatus } from '@/components/dataset/edit/EditFormStatus';
import { EditHiddenFields } from '@/components/dataset/edit/EditHiddenFields';
import { useEditAction } from '@/components/dataset/edit/useEditAction';
import { editPolysemeAction } from '@/lib/actions/editPolysemeAction';
import type { PolysemeStatus } from '@/lib/api';
import { POLYSEME_STATUSES } from '@/lib/glossary/polysemeStatuses';
import { polysemeHref } from '@/lib/urls/glossaryHref';

interface PolysemeDetailsEditorProps {
  urn: string;
  /** The version the page read: sent as `expectedVersion`. */
  version: number;
  label: string;
  description: string | null;
  status: PolysemeStatus;
}

/** A polyseme's label, description and status, saved together by a server action with the version the page read. */
export function PolysemeDetailsEditor({ urn, version, label, description, status }: PolysemeDetailsEditorProps) {
  const { state, action, isPending, valueOf } = useEditAction(editPolysemeAction, version);
  const id = useId();
  const chosenStatus = valueOf('polysemeStatus', status);
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="details" urn={urn} version={version} />
      <EditFormStatus state={state} urn={urn} reloadHref={polysemeHref(urn)} />
      <div className="form__field">
        <label htmlFor={`${id}-label`}>Label</label>
        <input id={`${id}-label`} name="label" required maxLength={200} defaultValue={valueOf('label', label)} aria-describedby={`${id}-label-hint`} />
        <p id={`${id}-label-hint`} className="form__hint">
          The shared word, as every domain writes it.
        </p>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea
          id={`${id}-description`}
          name="description"
          rows={5}
          maxLength={10000}
          defaultValue={valueOf('description', description ?? '')}
          aria-describedby={`${id}-description-hint`}
        />
        <p id={`${id}-description-hint`} className="form__hint">
          What the word covers across domains, in markdown.
        </p>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-status`}>Status</label>
        {/* Keyed on what is chosen so a saved or refused status shows again (a select's default is read once). */}
        <select key={`${state.status}:${chosenStatus}`} id={`${id}-status`} name="polysemeStatus" defaultValue={chosenStatus}>
          {POLYSEME_STATUSES.map((option) => (
            <option key={option.status} value={option.status}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn="kept in the audit trail" />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save polyseme'}
      </button>
    </form>
  );
}
