import type { EntityType, Suggestion } from '../api';
import { entityHref } from '../urls/entityHref';
import { searchHref } from '../urls/searchHref';

/** A suggestion as the search box lists it: what it is and where choosing it goes. */
export interface SuggestionLink {
  urn: string;
  type: EntityType;
  name: string;
  qualifiedName: string | null;
  href: string;
}

/**
 * Where each suggestion leads: an asset to its page, a domain to the search
 * of its assets (what typing a domain's name into the search box is after). One that has nowhere to go is dropped
 * rather than listed as an option that does nothing.
 */
export function toSuggestionLinks(suggestions: Suggestion[]): SuggestionLink[] {
  return suggestions.flatMap(({ urn, type, name, qualifiedName }) => {
    const href = type === 'DOMAIN' ? searchHref({ filters: [{ field: 'domain', values: [name] }] }) : entityHref(urn, type);
    return href === null ? [] : [{ urn, type, name, qualifiedName, href }];
  });
}
