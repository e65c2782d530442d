'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { createGlossaryTerm } from '../api';
import { parseTags } from '../edits/parseTags';
import { glossaryHref, glossaryTermHref } from '../urls/glossaryHref';

import type { ActionState } from './ActionState';
import { failureMessage } from './failureMessage';
import { isFormData, NOT_FORM_DATA } from './formDataGuard';
import { submittedValues } from './submittedValues';

/**
 * The new-term form's action: creates a DRAFT term in the glossary and opens
 * its page, where it is edited and submitted for review. A refusal (a name
 * already taken, no right to this glossary) comes back with what was typed.
 */
export async function createGlossaryTermAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  if (!isFormData(form)) return NOT_FORM_DATA;
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const values = submittedValues(form);
  const glossary = text('glossary');
  const name = text('name');
  if (glossary === '') return { status: 'failed', message: 'Which glossary? Reload the page and try again.', values };
  if (name === '') return { status: 'failed', message: 'Give the term a name.', values };

  const result = await createGlossaryTerm({
    glossary,
    name,
    definition: text('definition') || null,
    synonyms: parseTags(text('synonyms')),
    reviewers: parseTags(text('reviewers')),
    parentUrn: text('parentUrn') || null,
    comment: text('comment') || null,
  });
  if (!result.ok) return { status: 'failed', message: failureMessage(result.failure), values };
  revalidatePath(glossaryHref());
  redirect(glossaryTermHref(result.data.urn));
}
