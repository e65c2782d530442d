'use client';

import { type ChangeEvent, Fragment, useId, useState } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';
import { EditFormStatus } from '@/components/dataset/edit/EditFormStatus';
import { EditHiddenFields } from '@/components/dataset/edit/EditHiddenFields';
import { useEditAction } from '@/components/dataset/edit/useEditAction';
import { editPolysemeAction } from '@/lib/actions/editPolysemeAction';
import type { SenseMappingEntry } from '@/lib/api';
import { mappingBetween } from '@/lib/glossary/mappingBetween';
import { MAPPING_KINDS, mappingKindLabel } from '@/lib/glossary/mappingKinds';
import { polysemeHref } from '@/lib/urls/glossaryHref';

interface SenseMappingEditorProps {
  urn: string;
  /** The version the page read: sent as `expectedVersion`. */
  version: number;
  /** At least two: each sense with its domain (senseLabel). */
  senses: Array<{ urn: string; label: string }>;
  mappings: SenseMappingEntry[];
}

/**
 * Adds the mapping between two senses, or changes the one they have (a pair
 * has one, whichever way it was stated). Choosing the two senses fills in
 * what is stored for them, so a change starts from the current rule.
 */
export function SenseMappingEditor({ urn, version, senses, mappings }: SenseMappingEditorProps) {
  const { state, action, isPending, valueOf } = useEditAction(editPolysemeAction, version);
  const id = useId();
  const [pair, setPair] = useState({ fromUrn: senses[0]!.urn, toUrn: senses[1]!.urn });
  const submitted = state.status === 'failed' ? state.values : undefined;
  // A refused edit of this very pair shows what was typed; any other pair, what is stored for it.
  const typed = submitted?.fromUrn === pair.fromUrn && submitted?.toUrn === pair.toUrn ? submitted : undefined;
  const stored = mappingBetween(mappings, pair.fromUrn, pair.toUrn);
  // React resets the form after each submit, and a select's default is read once: the selects are
  // remounted after each answer (a saved edit changes the version) so the pair stays chosen, without
  // remounting on every choice, which would take the focus away.
  const answerKey = `${version}:${state.status}:${submitted?.fromUrn ?? ''}:${submitted?.toUrn ?? ''}`;
  const choose = (end: 'fromUrn' | 'toUrn') => (event: ChangeEvent<HTMLSelectElement>) => setPair({ ...pair, [end]: event.target.value });
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="setMapping" urn={urn} version={version} />
      <EditFormStatus state={state} urn={urn} reloadHref={polysemeHref(urn)} />
      {(['fromUrn', 'toUrn'] as const).map((end) => (
        <div className="form__field" key={end}>
          <label htmlFor={`${id}-${end}`}>{end === 'fromUrn' ? 'From sense' : 'To sense'}</label>
          <select key={`${end}:${answerKey}`} id={`${id}-${end}`} name={end} defaultValue={pair[end]} onChange={choose(end)}>
            {senses.map((sense) => (
              <option key={sense.urn} value={sense.urn}>
                {sense.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <p className="form__hint" aria-live="polite">
        {pair.fromUrn === pair.toUrn
          ? 'Choose two different senses.'
          : stored
            ? `Mapped now (${mappingKindLabel(stored.kind)}): saving replaces this mapping.`
            : 'Not mapped yet: saving adds this mapping.'}
      </p>
      {/* Keyed on the pair: what is stored for the pair chosen becomes the fields' defaults. */}
      <Fragment key={`${answerKey}:${pair.fromUrn}:${pair.toUrn}`}>
        <div className="form__field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} name="kind" defaultValue={typed?.kind ?? stored?.kind ?? 'SAME_AS'} aria-describedby={`${id}-kind-hint`}>
            {MAPPING_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {mappingKindLabel(kind)}
              </option>
            ))}
          </select>
          <p id={`${id}-kind-hint`} className="form__hint">
            How the “from” sense relates to the “to” sense: broader covers more, narrower less.
          </p>
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-rule`}>Join rule</label>
          <input id={`${id}-rule`} name="rule" required maxLength={2000} defaultValue={typed?.rule ?? stored?.rule ?? ''} aria-describedby={`${id}-rule-hint`} />
          <p id={`${id}-rule-hint`} className="form__hint">
            The columns that hold the same instance, <code>dataset.column = dataset.column</code>, several joined by AND; e.g.{' '}
            <code>rentals.public.customer.email = delivery.app.customers.email</code>.
          </p>
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-agreed`}>Agreed by</label>
          <input id={`${id}-agreed`} name="agreedBy" defaultValue={typed?.agreedBy ?? stored?.agreedBy.join(', ') ?? ''} aria-describedby={`${id}-agreed-hint`} />
          <p id={`${id}-agreed-hint`} className="form__hint">
            Usernames, separated by commas.
          </p>
        </div>
      </Fragment>
      <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn="kept in the audit trail" />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save mapping'}
      </button>
    </form>
  );
}
