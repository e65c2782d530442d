import { useActionState } from 'react';

import { IDLE, type ActionState } from '@/lib/actions/ActionState';
import { editDatasetAction } from '@/lib/actions/editDatasetAction';

type EditAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

/**
 * The state of one edit form (a dataset's, unless another server action is
 * given, e.g. a glossary term's), and the value to show in one of its fields:
 * what was submitted when the edit failed (React resets a form after its
 * action, and a conflict must not cost the person their text), else what the
 * page read.
 */
export function useEditAction(editAction: EditAction = editDatasetAction) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(editAction, IDLE);
  const valueOf = (name: string, fallback: string) => (state.status === 'failed' && state.values?.[name] !== undefined ? state.values[name] : fallback);
  return { state, action, isPending, valueOf };
}
