'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';
import { EditFormStatus } from '@/components/dataset/edit/EditFormStatus';
import { EditHiddenFields } from '@/components/dataset/edit/EditHiddenFields';
import { useEditAction } from '@/components/dataset/edit/useEditAction';
import { editGlossaryTermAction } from '@/lib/actions/editGlossaryTermAction';
import type { IdentityFieldFields } from '@/lib/api';
import { identityColumnName } from '@/lib/glossary/identityColumnName';

import { RemoveButtonList } from './RemoveButtonList';

interface RemoveIdentityColumnFormProps {
  /** The sense. */
  urn: string;
  /** The version the page read: sent as `expectedVersion`. */
  version: number;
  /** Its identity columns as the page read them: the API gets them back without the one removed. */
  fields: IdentityFieldFields[];
  /** The page to reload after a conflict: the term's, as the person has it open. */
  reloadHref: string;
}

/**
 * A sense's identity columns, each with a Remove button, and the comment that
 * goes with a removal. Stays on the page when the last column goes, so what
 * the last removal did is still said.
 */
export function RemoveIdentityColumnForm({ urn, version, fields, reloadHref }: RemoveIdentityColumnFormProps) {
  const { state, action, isPending, valueOf } = useEditAction(editGlossaryTermAction);
  const id = useId();
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="identityFields" urn={urn} version={version} />
      {fields.map((field) => (
        <input key={field.urn} type="hidden" name="field" value={field.urn} />
      ))}
      <EditFormStatus state={state} urn={urn} reloadHref={reloadHref} />
      {fields.length === 0 ? (
        <p className="muted">No identity column to remove.</p>
      ) : (
        <>
          <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn="kept in the term’s history" why="why it goes" />
          <RemoveButtonList
            label="Identity columns to remove"
            name="remove"
            disabled={isPending}
            confirm={{ consequence: 'It will no longer identify this sense.' }}
            items={fields.map((field) => {
              const name = identityColumnName(field);
              return { value: field.urn, content: <code>{name}</code>, removeLabel: `Remove ${name} from the identity columns` };
            })}
          />
        </>
      )}
    </form>
  );
}
