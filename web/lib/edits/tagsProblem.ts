import { tagCaseKey } from './tagCaseKey';

/**
 * The API's rules for a list of tags (api/src/modules/edits: `cleanLabels` with at most 50 tags of
 * 1–100 characters, no control characters in a one-line value, no two spellings of one tag that differ
 * only in case), checked before sending so the message can name the tag a person typed rather than the
 * API's `tags[4]`, an index nobody sees.
 */
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 100;

/** How much of a tag a message quotes. */
const QUOTED_LENGTH = 24;

/** C0 and C1 controls, DEL, and the bidirectional overrides and isolates: what a one-line value may not hold (the API's CONTROL_IN_ONE_LINE). */
const CONTROL_IN_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** What is wrong with the tags (as parseTags gives them), in words naming the tag; null when the API will take them. */
export function tagsProblem(tags: readonly string[]): string | null {
  if (tags.length > MAX_TAGS) return `At most ${MAX_TAGS} tags, please: this list has ${tags.length}.`;
  for (const tag of tags) {
    if (tag.length > MAX_TAG_LENGTH) return `The tag ${quoted(tag)} is longer than ${MAX_TAG_LENGTH} characters.`;
    const control = CONTROL_IN_ONE_LINE.exec(tag);
    if (control) {
      const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      return `The tag ${quoted(tag)} holds a control character (${code}), which a tag may not.`;
    }
  }
  // As the API's `refuseCaseVariants`: the same spelling twice is kept once, two spellings are refused.
  const first = new Map<string, string>();
  for (const tag of tags) {
    const key = tagCaseKey(tag);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, tag.trim());
    else if (earlier !== tag.trim()) return `The tag ${quoted(tag.trim())} repeats ${quoted(earlier)}: tags are compared ignoring case, so keep one spelling.`;
  }
  return null;
}

/** The tag in quotes, cut short with "…", its control characters shown as `�` rather than sent on to the page. */
function quoted(tag: string): string {
  const shown = tag.replace(new RegExp(CONTROL_IN_ONE_LINE.source, 'g'), '\uFFFD');
  return `"${shown.length > QUOTED_LENGTH ? `${shown.slice(0, QUOTED_LENGTH)}…` : shown}"`;
}
