import { searchHref } from './searchHref';

/** The search for everything carrying `tag`: a tag is a filter (`?tag=`), not words to look for, so `pii` finds no column named pii. */
export function tagSearchHref(tag: string): string {
  return searchHref({ filters: [{ field: 'tag', values: [tag] }] });
}
