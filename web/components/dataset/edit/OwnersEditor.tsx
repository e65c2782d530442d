'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';
import type { DatasetOwner } from '@/lib/api';
import { OWNERSHIP_TYPES } from '@/lib/edits/parseOwnerRows';

import { EditFormStatus } from './EditFormStatus';
import { EditHiddenFields } from './EditHiddenFields';
import type { EntityEditorProps } from './EntityEditorProps';
import { useEditAction } from './useEditAction';

/**
 * One row per owner plus an empty one to add another; clearing a name removes
 * that owner. No JS is needed to add rows: save, and a fresh empty row appears.
 */
export function OwnersEditor({ urn, version, keptIn, owners }: EntityEditorProps & { owners: DatasetOwner[] }) {
  const { state, action, isPending, valueOf } = useEditAction();
  const id = useId();
  const rows = [...owners, { name: '', type: 'TECHNICAL_OWNER' as const, edited: true }];
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="owners" urn={urn} version={version} />
      <EditFormStatus state={state} urn={urn} />
      <fieldset className="form__field">
        <legend>Owners</legend>
        {rows.map((owner, index) => (
          <div key={`${index}:${owner.name}`} className="owner-row">
            <label htmlFor={`${id}-name-${index}`} className="visually-hidden">
              {owner.name ? `Owner ${index + 1}` : 'New owner'}
            </label>
            <input id={`${id}-name-${index}`} name="ownerName" defaultValue={owner.name} placeholder={owner.name ? undefined : 'Add an owner'} maxLength={200} />
            <label htmlFor={`${id}-type-${index}`} className="visually-hidden">
              {owner.name ? `Role of ${owner.name}` : 'Role of the new owner'}
            </label>
            <select id={`${id}-type-${index}`} name="ownerType" defaultValue={owner.type}>
              {OWNERSHIP_TYPES.map((option) => (
                <option key={option.type} value={option.type}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <p className="form__hint">Clear a name to remove that owner.</p>
      </fieldset>
      <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn={keptIn} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save owners'}
      </button>
    </form>
  );
}
