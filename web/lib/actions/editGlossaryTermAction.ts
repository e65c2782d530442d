'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { editGlossaryTerm, type GlossaryTermEdit } from '../api';
import { parseTags } from '../edits/parseTags';
import { readIdentityFields } from '../glossary/readIdentityFields';
import { isTermStatus, termMovedMessage } from '../glossary/termMoves';
import { glossaryHref, glossaryReviewHref, glossaryTermHref, polysemeHref } from '../urls/glossaryHref';

import type { ActionState } from './ActionState';
import { editRefusal } from './editRefusal';
import { isFormData, NOT_FORM_DATA } from './formDataGuard';
import { submittedValues } from './submittedValues';

/**
 * The edit forms of a glossary term post here; `edit` says which: `content`
 * (definition, synonyms, reviewers), `status` (a move in its lifecycle) or
 * `identityFields` (a sense's identity columns, one added or removed).
 * Each carries the `urn` and the `expectedVersion` the page was rendered
 * with, so an edit made after someone else's is refused by the API (CONFLICT)
 * instead of silently replacing theirs. A decision taken in the review queue
 * (`from=queue`) goes back to the queue, which names the term decided.
 */
export async function editGlossaryTermAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  if (!isFormData(form)) return NOT_FORM_DATA;
  const values = submittedValues(form);
  const edit = readEdit(form);
  if (typeof edit === 'string') return { status: 'failed', message: edit, values };

  const result = await editGlossaryTerm(edit);
  if (!result.ok) return editRefusal(result.failure, values);
  revalidatePath(glossaryTermHref(edit.urn));
  revalidatePath(glossaryHref());
  revalidatePath(glossaryReviewHref());
  // A sense shows on its polyseme's page too: its definition, status and identity columns.
  if (result.data.senseOf) revalidatePath(polysemeHref(result.data.senseOf.urn));
  if (edit.kind === 'status' && form.get('from') === 'queue') redirect(glossaryReviewHref(edit.urn));
  return { status: 'done', message: savedMessage(edit) };
}

function savedMessage(edit: GlossaryTermEdit): string {
  switch (edit.kind) {
    case 'content':
      return 'Term saved.';
    case 'status':
      return termMovedMessage(edit.status);
    case 'identityFields':
      return 'Identity columns saved.';
  }
}

/** The edit the form asks for, or what is wrong with the form in words. */
function readEdit(form: FormData): GlossaryTermEdit | string {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const urn = text('urn');
  const expectedVersion = Number(form.get('expectedVersion'));
  if (urn === '' || !Number.isInteger(expectedVersion)) return 'This form is incomplete. Reload the page and try again.';
  const comment = text('comment');
  switch (form.get('edit')) {
    case 'content':
      return {
        kind: 'content',
        urn,
        expectedVersion,
        // Empty removes the definition, as the API defines null.
        definition: text('definition') || null,
        synonyms: parseTags(text('synonyms')),
        reviewers: parseTags(text('reviewers')),
        comment: comment || null,
      };
    case 'status': {
      const status = form.get('status');
      if (!isTermStatus(status)) return 'Which move? Reload the page and try again.';
      if (comment === '') return 'Say why in the comment: every status change is explained in the term’s history.';
      const replacementUrn = text('replacementUrn') || null;
      if (status === 'DEPRECATED' && replacementUrn === null) return 'Pick the term that replaces it.';
      return { kind: 'status', urn, expectedVersion, status, comment, replacementUrn };
    }
    case 'identityFields': {
      // Whether the columns are the term's domain's, and no more than the API takes, is the API's to say.
      const fieldUrns = readIdentityFields(form);
      if (fieldUrns === null) return 'Choose a column to add first.';
      return { kind: 'identityFields', urn, expectedVersion, fieldUrns, comment: comment || null };
    }
    default:
      return 'This form is incomplete. Reload the page and try again.';
  }
}
