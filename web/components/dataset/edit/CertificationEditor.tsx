'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';
import type { DatasetCertification } from '@/lib/api';

import { EditFormStatus } from './EditFormStatus';
import { EditHiddenFields } from './EditHiddenFields';
import type { EntityEditorProps } from './EntityEditorProps';
import { useEditAction } from './useEditAction';

/** Certifies (or renews) with a note of what was checked; withdraws an active certification. */
export function CertificationEditor({ urn, version, keptIn, certification }: EntityEditorProps & { certification: DatasetCertification | null }) {
  const { state, action, isPending, valueOf } = useEditAction();
  const id = useId();
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="certification" urn={urn} version={version} />
      <EditFormStatus state={state} urn={urn} />
      <div className="form__field">
        <label htmlFor={`${id}-note`}>What did you check?</label>
        <textarea id={`${id}-note`} name="note" rows={2} maxLength={2000} defaultValue={valueOf('note', certification?.note ?? '')} />
        <p className="form__hint">A certification holds for 180 days; certifying again renews it.</p>
      </div>
      <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn={keptIn} />
      <div className="form__actions">
        <button type="submit" name="certified" value="true" className="button" disabled={isPending}>
          {certification?.active ? 'Renew certification' : 'Certify'}
        </button>
        {certification?.active && (
          <button type="submit" name="certified" value="false" className="button button--secondary" disabled={isPending}>
            Withdraw certification
          </button>
        )}
      </div>
    </form>
  );
}
