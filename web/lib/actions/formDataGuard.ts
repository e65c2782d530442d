import type { ActionState } from './ActionState';

/**
 * A server action is a public endpoint: anyone who has its id can POST to it a
 * body that React decodes to any arguments at all (`[{}, {}]`), not only the
 * FormData its form sends. Reading those with `form.get` throws, and the
 * person, or the script, would get an HTTP 500. So every form's action checks
 * this first and answers anything else with NOT_FORM_DATA, changing nothing.
 */
export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}

/** The answer to an action called with something other than its form: failed, as an incomplete form is. */
export const NOT_FORM_DATA: Extract<ActionState, { status: 'failed' }> = {
  status: 'failed',
  message: 'This request did not come from one of the catalog’s forms, so nothing was changed. Reload the page and try again.',
};
