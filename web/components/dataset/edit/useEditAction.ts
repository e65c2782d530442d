import { useActionState, useState } from 'react';

import { IDLE, type ActionState } from '@/lib/actions/ActionState';
import { editEntityAction } from '@/lib/actions/editEntityAction';

type EditAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

/**
 * The state of one edit form (a dataset's, a column's or a data product's,
 * unless another server action is given, e.g. a glossary term's), and the
 * value to show in one of its fields: what was submitted when the edit failed
 * (React resets a form after its action, and a conflict must not cost the
 * person their text), else what the page read.
 *
 * `version`, when given, is the version of what the form edits as the page
 * read it. A refusal is shown only while that version stands: once another
 * form of the page saved (a new version), this form's refusal (next to the
 * other's "Mapping removed.") and what it kept are stale, and go. (A refusal
 * never changes the version; a success may, so it is kept, whichever render
 * brings its new version.)
 */
export function useEditAction(editAction: EditAction = editEntityAction, version?: number) {
  const [answer, action, isPending] = useActionState<ActionState, FormData>(editAction, IDLE);
  // The version each answer came with: an action's answer and the page it re-rendered arrive together.
  const [answered, setAnswered] = useState({ answer, version });
  if (answered.answer !== answer) setAnswered({ answer, version });
  const state = answer.status === 'failed' && answered.version !== version ? IDLE : answer;
  const valueOf = (name: string, fallback: string) => (state.status === 'failed' && state.values?.[name] !== undefined ? state.values[name] : fallback);
  return { state, action, isPending, valueOf };
}
