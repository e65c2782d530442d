'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';
import { EditFormStatus } from '@/components/dataset/edit/EditFormStatus';
import { EditHiddenFields } from '@/components/dataset/edit/EditHiddenFields';
import { useEditAction } from '@/components/dataset/edit/useEditAction';
import { editPolysemeAction } from '@/lib/actions/editPolysemeAction';
import { sensePairValue } from '@/lib/glossary/sensePair';
import { polysemeHref } from '@/lib/urls/glossaryHref';

import { RemoveButtonList } from './RemoveButtonList';

interface RemoveSenseMappingFormProps {
  urn: string;
  /** The version the page read: sent as `expectedVersion`. */
  version: number;
  /** Each mapping with how it reads: "Rentals: Customer overlaps Delivery: Customer". */
  mappings: Array<{ fromUrn: string; toUrn: string; description: string }>;
}

/**
 * The polyseme's mappings, each with a Remove button, and the comment that
 * goes with a removal. Stays on the page when the last mapping goes, so what
 * the last removal did is still said.
 */
export function RemoveSenseMappingForm({ urn, version, mappings }: RemoveSenseMappingFormProps) {
  const { state, action, isPending, valueOf } = useEditAction(editPolysemeAction, version);
  const id = useId();
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="removeMapping" urn={urn} version={version} />
      <EditFormStatus state={state} urn={urn} reloadHref={polysemeHref(urn)} />
      {mappings.length === 0 ? (
        <p className="muted">No mapping to remove.</p>
      ) : (
        <>
          <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn="kept in the audit trail" why="why it goes" />
          <RemoveButtonList
            label="Mappings to remove"
            name="pair"
            disabled={isPending}
            items={mappings.map((mapping) => ({
              value: sensePairValue(mapping.fromUrn, mapping.toUrn),
              content: <span>{mapping.description}</span>,
              removeLabel: `Remove the mapping ${mapping.description}`,
            }))}
          />
        </>
      )}
    </form>
  );
}
