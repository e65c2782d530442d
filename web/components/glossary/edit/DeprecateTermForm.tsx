'use client';

import { useId } from 'react';

import { EditFormStatus } from '@/components/dataset/edit/EditFormStatus';
import { EditHiddenFields } from '@/components/dataset/edit/EditHiddenFields';
import { useEditAction } from '@/components/dataset/edit/useEditAction';
import { editGlossaryTermAction } from '@/lib/actions/editGlossaryTermAction';
import { glossaryTermHref } from '@/lib/urls/glossaryHref';

interface DeprecateTermFormProps {
  urn: string;
  /** The version the page read: sent as `expectedVersion`. */
  version: number;
  /** Approved terms that may replace it (its own glossary's and the enterprise glossary's). */
  candidates: Array<{ urn: string; name: string }>;
}

/** Deprecates an approved term in favour of another: readers of it are sent to the replacement (REPLACED_BY). */
export function DeprecateTermForm({ urn, version, candidates }: DeprecateTermFormProps) {
  const { state, action, isPending, valueOf } = useEditAction(editGlossaryTermAction);
  const id = useId();
  if (candidates.length === 0) {
    return <p className="muted">No other approved term can replace it yet: approve its replacement first, then deprecate this one.</p>;
  }
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="status" urn={urn} version={version} />
      <input type="hidden" name="status" value="DEPRECATED" />
      <EditFormStatus state={state} urn={urn} reloadHref={glossaryTermHref(urn)} />
      <div className="form__field">
        <label htmlFor={`${id}-replacement`}>Replaced by</label>
        <select id={`${id}-replacement`} name="replacementUrn" required defaultValue={valueOf('replacementUrn', '')}>
          <option value="" disabled>
            Pick the term that replaces it
          </option>
          {candidates.map((candidate) => (
            <option key={candidate.urn} value={candidate.urn}>
              {candidate.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-comment`}>Why is it deprecated?</label>
        <textarea id={`${id}-comment`} name="comment" rows={2} maxLength={2000} required defaultValue={valueOf('comment', '')} />
      </div>
      <button type="submit" className="button button--danger" disabled={isPending}>
        {isPending ? 'Deprecating…' : 'Deprecate'}
      </button>
    </form>
  );
}
