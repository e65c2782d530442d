'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';
import { setClassificationsAction } from '@/lib/actions/setClassificationsAction';
import type { ClassificationChip } from '@/lib/classification/classificationChips';
import { MAX_CLASSIFICATION_LENGTH } from '@/lib/classification/classificationName';

import { ClassificationChips } from './ClassificationChips';
import { EditFormStatus } from './edit/EditFormStatus';
import { EditHiddenFields } from './edit/EditHiddenFields';
import { useEditAction } from './edit/useEditAction';

interface ClassificationsEditorProps {
  /** The dataset or column whose classifications these are. */
  urn: string;
  /** The version the page read: sent as `expectedVersion`. */
  version: number;
  /** The dataset of the page, shown again after an edit. */
  datasetUrn: string;
  /** What the classifications belong to, in words: "this dataset", "column email". */
  subject: string;
  /** Those set on it: the ones this form changes. */
  classifications: string[];
  /** Those it has from elsewhere (its glossary terms, its columns): shown, not editable here. */
  inherited: ClassificationChip[];
  /** Where the inherited ones come from, in words: "its glossary terms". */
  inheritedFrom: string;
  /** The classifications the catalog knows, each offered as a box to tick (classificationChoices). */
  options: string[];
}

/**
 * The classifications set on a dataset or a column, as boxes to tick among those the catalog knows, a box
 * for another one, and an optional comment; those it inherits are listed apart, since changing them is
 * changing where they come from. Works without JS (the form posts); a refusal keeps what was ticked and typed.
 */
export function ClassificationsEditor({ urn, version, datasetUrn, subject, classifications, inherited, inheritedFrom, options }: ClassificationsEditorProps) {
  const { state, action, isPending, valueOf } = useEditAction(setClassificationsAction, version);
  const id = useId();
  const ticked = valueOf('classifications', classifications.join(' '));
  const tickedNames = new Set(ticked.split(' ').filter((name) => name !== ''));
  const choices = [...new Set([...options, ...classifications])].sort((a, b) => a.localeCompare(b));
  const other = valueOf('other', '');
  return (
    <form action={action} className="form classify">
      <EditHiddenFields edit="classifications" urn={urn} version={version} />
      <input type="hidden" name="datasetUrn" value={datasetUrn} />
      <EditFormStatus state={state} urn={datasetUrn} />
      {/* Keyed on what to tick, so a save or a refusal ticks the boxes afresh (a box's default is read once). */}
      <fieldset key={`${version}:${state.status}:${ticked}`} className="form__field">
        <legend>Set on {subject}</legend>
        {choices.length === 0 ? (
          <p className="form__hint">The catalog names no classification yet: type one below.</p>
        ) : (
          <div className="classify__choices">
            {choices.map((name) => (
              <label key={name} className="form__check">
                <input type="checkbox" name="classification" value={name} defaultChecked={tickedNames.has(name)} /> {name}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <div className="form__field">
        <label htmlFor={`${id}-other`}>
          Another classification<span className="visually-hidden"> for {subject}</span>
        </label>
        <input key={`${state.status}:${other}`} id={`${id}-other`} name="other" maxLength={MAX_CLASSIFICATION_LENGTH} autoComplete="off" defaultValue={other} aria-describedby={`${id}-other-hint`} />
        <p id={`${id}-other-hint`} className="form__hint">
          Optional: one not listed above, in letters, digits and _, e.g. <code>FINANCIAL</code>.
        </p>
      </div>
      {inherited.length > 0 && (
        <div className="classify__inherited">
          <p className="form__hint">From {inheritedFrom}, not set here:</p>
          <ClassificationChips chips={inherited} label={`classifications ${subject} has from ${inheritedFrom}`} />
        </div>
      )}
      <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn="kept in the audit trail" />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save classifications'}
        <span className="visually-hidden"> of {subject}</span>
      </button>
    </form>
  );
}
