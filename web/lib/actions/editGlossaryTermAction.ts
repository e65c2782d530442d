'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { editGlossaryTerm, type GlossaryTermEdit } from '../api';
import { parseTags } from '../edits/parseTags';
import { isTermStatus, termMovedMessage } from '../glossary/termMoves';
import { glossaryHref, glossaryReviewHref, glossaryTermHref } from '../urls/glossaryHref';

import type { ActionState } from './ActionState';
import { failureMessage } from './failureMessage';
import { isFormData, NOT_FORM_DATA } from './formDataGuard';
import { submittedValues } from './submittedValues';

/**
 * The edit forms of a glossary term post here; `edit` says which: `content`
 * (definition, synonyms, reviewers) or `status` (a move in its lifecycle).
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
  if (!result.ok) {
    const { failure } = result;
    const conflict = failure.kind === 'graphql' && failure.code === 'CONFLICT';
    return { status: 'failed', message: failureMessage(failure), conflict, values };
  }
  revalidatePath(glossaryTermHref(edit.urn));
  revalidatePath(glossaryHref());
  revalidatePath(glossaryReviewHref());
  if (edit.kind === 'status' && form.get('from') === 'queue') redirect(glossaryReviewHref(edit.urn));
  return { status: 'done', message: edit.kind === 'content' ? 'Term saved.' : termMovedMessage(edit.status) };
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
    default:
      return 'This form is incomplete. Reload the page and try again.';
  }
}
