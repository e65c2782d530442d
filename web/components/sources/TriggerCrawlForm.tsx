'use client';

import { useActionState } from 'react';

import { IDLE, type ActionState } from '@/lib/actions/ActionState';
import { triggerCrawlAction } from '@/lib/actions/triggerCrawlAction';

/** An admin's "Run now" for one source: a POST form (works without JS), saying what the API answered. */
export function TriggerCrawlForm({ sourceId }: { sourceId: string }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(triggerCrawlAction, IDLE);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="sourceId" value={sourceId} />
      <button type="submit" className="button button--small" disabled={isPending} aria-label={`Run now: crawl ${sourceId}`}>
        {isPending ? 'Starting…' : 'Run now'}
      </button>
      {state.status !== 'idle' && (
        <span role={state.status === 'failed' ? 'alert' : 'status'} className="inline-form__message">
          {state.message}
        </span>
      )}
    </form>
  );
}
