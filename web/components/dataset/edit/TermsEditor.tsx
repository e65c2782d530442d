'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';
import type { AssignableTermGroup, TermLinkFields } from '@/lib/api';
import { assignTermsAction } from '@/lib/actions/assignTermsAction';

import { EditFormStatus } from './EditFormStatus';
import { EditHiddenFields } from './EditHiddenFields';
import { useEditAction } from './useEditAction';

interface TermsEditorProps {
  /** The dataset or column whose terms these are. */
  urn: string;
  /** The version the page read: sent as `expectedVersion`. */
  version: number;
  /** The dataset of the page, reloaded after an edit. */
  datasetUrn: string;
  /** What the terms belong to, in words: "this dataset", "column email". */
  subject: string;
  terms: TermLinkFields[];
  /** The APPROVED terms, by glossary. */
  options: AssignableTermGroup[];
}

/**
 * The terms of a dataset or a column, each with a Remove button, and a choice
 * of the approved terms to add one, and an optional comment sent with either.
 * Works without JS (each button posts the form); a conflict keeps the term
 * chosen and the comment.
 */
export function TermsEditor({ urn, version, datasetUrn, subject, terms, options }: TermsEditorProps) {
  const { state, action, isPending, valueOf } = useEditAction(assignTermsAction);
  const id = useId();
  const assigned = new Set(terms.map((term) => term.urn));
  const groups = options.map((group) => ({ ...group, terms: group.terms.filter((term) => !assigned.has(term.urn)) })).filter((group) => group.terms.length > 0);
  const chosen = valueOf('add', '');
  return (
    <form action={action} className="form term-assign">
      <EditHiddenFields edit="terms" urn={urn} version={version} />
      <input type="hidden" name="datasetUrn" value={datasetUrn} />
      {terms.map((term) => (
        <input key={term.urn} type="hidden" name="term" value={term.urn} />
      ))}
      <EditFormStatus state={state} urn={datasetUrn} />
      {terms.length === 0 ? (
        <p className="muted term-assign__none">No terms yet.</p>
      ) : (
        <ul className="term-assign__current" aria-label={`Terms of ${subject}`}>
          {terms.map((term) => (
            <li key={term.urn} className="term-assign__term">
              <span>{term.name}</span>
              <button
                type="submit"
                name="remove"
                value={term.urn}
                className="button button--secondary button--small"
                disabled={isPending}
                aria-label={`Remove ${term.name} from ${subject}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {groups.length === 0 ? (
        <p className="form__hint">No other approved term to add.</p>
      ) : (
        <div className="term-assign__add">
          <div className="form__field">
            <label htmlFor={`${id}-add`}>
              Add a term<span className="visually-hidden"> to {subject}</span>
            </label>
            {/* Keyed on what is chosen so a failed add shows that choice again (a select's default is read once). */}
            <select key={`${state.status}:${chosen}`} id={`${id}-add`} name="add" defaultValue={chosen}>
              <option value="">Choose an approved term</option>
              {groups.map((group) => (
                <optgroup key={group.glossaryId} label={group.glossaryName}>
                  {group.terms.map((term) => (
                    <option key={term.urn} value={term.urn}>
                      {term.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? 'Saving…' : 'Add term'}
          </button>
        </div>
      )}
      {(terms.length > 0 || groups.length > 0) && (
        <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn="kept in the audit trail" why="why you add or remove a term" />
      )}
    </form>
  );
}
