/**
 * What a form submitted, by field name, to put back in it when its edit fails
 * (React resets a form after its action). Files are left out, and so are
 * React's own `$ACTION_…` fields.
 */
export function submittedValues(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter(([key, value]) => !key.startsWith('$') && typeof value === 'string')) as Record<string, string>;
}
