/**
 * A list offset from a URL's query string, read leniently so that any pasted link
 * still opens the page: a repeated parameter takes its first value, and anything
 * but a whole number from 0 up (or one too large to be an offset) means 0.
 */
export function offsetParam(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\d{1,9}$/.test(text)) return 0;
  return Number(text);
}
