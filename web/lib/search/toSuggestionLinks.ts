import type { EntityType, Suggestion } from '../api';
import { glossaryLabel } from '../glossary/glossaryLabel';
import { entityHref } from '../urls/entityHref';
import { searchHref } from '../urls/searchHref';

/** A suggestion as the search box lists it: what it is and where choosing it goes. */
export interface SuggestionLink {
  urn: string;
  type: EntityType;
  name: string;
  qualifiedName: string | null;
  /** A glossary term's glossary in words ("Rentals glossary"), telling two domains' "Customer" apart; null for other kinds. */
  glossary: string | null;
  href: string;
}

/**
 * Where each suggestion leads: an asset to its page, a domain to the search
 * of its assets (what typing a domain's name into the search box is after). One that has nowhere to go is dropped
 * rather than listed as an option that does nothing.
 */
export function toSuggestionLinks(suggestions: Suggestion[]): SuggestionLink[] {
  return suggestions.flatMap(({ urn, type, name, qualifiedName, domain }) => {
    const href = type === 'DOMAIN' ? searchHref({ filters: [{ field: 'domain', values: [name] }] }) : entityHref(urn, type);
    // A term's domain is its glossary's (none: the enterprise glossary); other kinds are in no glossary.
    const glossary = type === 'GLOSSARY_TERM' ? glossaryLabel({ domain: domain === null ? null : { name: domain } }) : null;
    return href === null ? [] : [{ urn, type, name, qualifiedName, glossary, href }];
  });
}
