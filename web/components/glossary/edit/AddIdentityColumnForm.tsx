'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';
import { EditFormStatus } from '@/components/dataset/edit/EditFormStatus';
import { EditHiddenFields } from '@/components/dataset/edit/EditHiddenFields';
import { useEditAction } from '@/components/dataset/edit/useEditAction';
import { editGlossaryTermAction } from '@/lib/actions/editGlossaryTermAction';
import type { DatasetColumns } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';

interface AddIdentityColumnFormProps {
  /** The sense. */
  urn: string;
  /** The version the page read: sent as `expectedVersion`. */
  version: number;
  /** Its identity columns as the page read them: the API gets them back with the one added. */
  fieldUrns: string[];
  /** The dataset chosen, whose columns are offered (but those identifying the sense already). */
  dataset: DatasetColumns;
  /** The page to reload after a conflict: the term's, with this dataset still chosen. */
  reloadHref: string;
}

/**
 * Adds one column of the chosen dataset to a sense's identity columns. A
 * refused add (a conflict, a column the API does not take) keeps the column
 * chosen and the comment typed, and says why.
 */
export function AddIdentityColumnForm({ urn, version, fieldUrns, dataset, reloadHref }: AddIdentityColumnFormProps) {
  const { state, action, isPending, valueOf } = useEditAction(editGlossaryTermAction);
  const id = useId();
  const identifying = new Set(fieldUrns);
  const columns = dataset.fields.filter((field) => !identifying.has(field.urn));
  const chosen = valueOf('add', '');
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="identityFields" urn={urn} version={version} />
      {fieldUrns.map((fieldUrn) => (
        <input key={fieldUrn} type="hidden" name="field" value={fieldUrn} />
      ))}
      <EditFormStatus state={state} urn={urn} reloadHref={reloadHref} />
      {columns.length === 0 ? (
        <p className="muted">Every column of {dataset.qualifiedName} identifies it already.</p>
      ) : (
        <>
          <div className="form__field">
            <label htmlFor={`${id}-column`}>Column of {dataset.qualifiedName}</label>
            {/* Keyed on what is chosen so a refused add shows that choice again (a select's default is read once). */}
            <select key={`${state.status}:${chosen}`} id={`${id}-column`} name="add" defaultValue={chosen}>
              <option value="">Choose a column</option>
              {columns.map((column) => (
                <option key={column.urn} value={column.urn}>
                  {column.name}
                </option>
              ))}
            </select>
            {dataset.fieldCount > dataset.fields.length && (
              <p className="form__hint">
                Its first {formatCount(dataset.fields.length)} columns of {formatCount(dataset.fieldCount)}, in position order.
              </p>
            )}
          </div>
          <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn="kept in the term’s history" />
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? 'Saving…' : 'Add column'}
          </button>
        </>
      )}
    </form>
  );
}
