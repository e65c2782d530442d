import { formatDateTime } from './formatDateTime';

/** An ISO 8601 instant as the API writes them (`toISOString()`), seconds and offset optional. */
const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/**
 * Text from the API with the instants in it written as the rest of the web writes them:
 * `certified by ada until 2027-03-02T18:03:11.123Z` → `certified by ada until 2 Mar 2027, 18:03 UTC`.
 * For sentences the API composes with instants inside (trust evidence), which the web cannot
 * format field by field.
 */
export function formatInstantsIn(text: string): string {
  return text.replace(ISO_INSTANT, (instant) => formatDateTime(instant));
}
