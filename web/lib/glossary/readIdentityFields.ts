import { nextTermUrns } from '../edits/nextTermUrns';

/**
 * The identity columns a sense's identity columns form asks for, whole, as `setIdentityFields`
 * takes them: the columns the form showed (`field`), without the one whose Remove button was
 * pressed (`remove`), or with the one chosen to add (`add`). Null when it asks for nothing (Add
 * pressed with no column chosen). One column is added or removed at a time, by the rule the
 * "Assign terms" forms follow for their list of terms (nextTermUrns).
 */
export function readIdentityFields(form: FormData): string[] | null {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const shown = form.getAll('field').filter((value): value is string => typeof value === 'string');
  return nextTermUrns(shown, { add: text('add'), remove: text('remove') });
}
