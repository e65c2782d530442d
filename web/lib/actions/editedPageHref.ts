import { urnHref } from '../urls/entityHref';
import { parseFieldUrn } from '../urns/parseFieldUrn';

/**
 * The page that shows what an edit changed, to refresh after the edit and to
 * reload after a conflict: a column's is its dataset's page, without the row's
 * anchor (a link to the page one is on that differs only in its anchor
 * scrolls, and reloads nothing). Null for what has no page.
 */
export function editedPageHref(urn: string): string | null {
  return urnHref(parseFieldUrn(urn)?.datasetUrn ?? urn);
}
