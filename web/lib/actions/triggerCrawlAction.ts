'use server';

import { revalidatePath } from 'next/cache';

import { triggerCrawl } from '../api';

import type { ActionState } from './ActionState';
import { failureMessage } from './failureMessage';
import { isFormData, NOT_FORM_DATA } from './formDataGuard';

const ANSWERS = {
  STARTED: 'Crawl started',
  QUEUED: 'Crawl queued: the next free worker runs it, and it shows here once it starts',
  ALREADY_RUNNING: 'A crawl of this source is already running',
} as const;

/**
 * A source's "Run now" button. The API decides who may (admins) and whether
 * it can (an API process without a scheduler refuses with UNAVAILABLE): its
 * reason is what the person reads, never a thrown error.
 */
export async function triggerCrawlAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  if (!isFormData(form)) return NOT_FORM_DATA;
  const sourceId = String(form.get('sourceId') ?? '').trim();
  if (sourceId === '') return { status: 'failed', message: 'Which source? Reload the page and try again.' };

  const result = await triggerCrawl(sourceId);
  if (!result.ok) {
    const { failure } = result;
    // This refusal says what to do instead (give the API the workers' queue, or crawl where polder.yaml is): worth more than the generic words.
    const message =
      failure.kind === 'graphql' && failure.code === 'UNAVAILABLE'
        ? `Crawls cannot be started from here: ${failure.message}.`
        : failureMessage(failure);
    return { status: 'failed', message };
  }
  revalidatePath('/sources');
  return { status: 'done', message: ANSWERS[result.data.status] ?? `The API answered ${result.data.status}.` };
}
