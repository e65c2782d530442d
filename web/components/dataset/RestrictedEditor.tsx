'use client';

import { useId } from 'react';

import { OptionalCommentField } from '@/components/OptionalCommentField';
import { setRestrictedAction } from '@/lib/actions/setRestrictedAction';

import { EditFormStatus } from './edit/EditFormStatus';
import { EditHiddenFields } from './edit/EditHiddenFields';
import { useEditAction } from './edit/useEditAction';

interface RestrictedEditorProps {
  urn: string;
  /** The version the page read: sent as `expectedVersion`. */
  version: number;
  restricted: boolean;
  /** The name of the dataset's domain, null when it has none. */
  domainName: string | null;
}

/**
 * Marks the dataset restricted, or lifts it, saying first what that does: who stops seeing what. One
 * button, for the change it would make.
 */
export function RestrictedEditor({ urn, version, restricted, domainName }: RestrictedEditorProps) {
  const { state, action, isPending, valueOf } = useEditAction(setRestrictedAction, version);
  const id = useId();
  const outside = domainName ? `outside the ${domainName} domain` : 'outside its domain';
  return (
    <form action={action} className="form">
      <EditHiddenFields edit="restricted" urn={urn} version={version} />
      <EditFormStatus state={state} urn={urn} />
      <p className="restrict__state">
        {restricted ? `Restricted: its sensitive values are masked for everyone ${outside}.` : 'Not restricted: everyone who may see this dataset sees its sensitive values.'}
      </p>
      <p className="form__hint">
        Its sensitive values are its classifications and its columns’, the classified glossary terms they carry, and the values of its column
        profiles. Restricted, they show as “hidden” {outside}; the dataset itself, its columns and its other terms stay in view.
      </p>
      <OptionalCommentField idPrefix={id} defaultValue={valueOf('comment', '')} keptIn="kept in the dataset’s history" />
      <button type="submit" name="restricted" value={restricted ? 'false' : 'true'} className="button" disabled={isPending}>
        {restricted ? 'Lift the restriction on this dataset' : 'Restrict this dataset'}
      </button>
    </form>
  );
}
