import { useActionState } from 'react';

import { IDLE, type ActionState } from '@/lib/actions/ActionState';
import { editDatasetAction } from '@/lib/actions/editDatasetAction';

/**
 * The state of one dataset edit form, and the value to show in one of its
 * fields: what was submitted when the edit failed (React resets a form after
 * its action, and a conflict must not cost the person their text), else what
 * the page read.
 */
export function useEditAction() {
  const [state, action, isPending] = useActionState<ActionState, FormData>(editDatasetAction, IDLE);
  const valueOf = (name: string, fallback: string) => (state.status === 'failed' && state.values?.[name] !== undefined ? state.values[name] : fallback);
  return { state, action, isPending, valueOf };
}
