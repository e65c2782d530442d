/**
 * The glossary pages. A term's and a polyseme's URN is one path segment,
 * percent-encoded whole, like datasetHref (urnFromPathSegment reads it back).
 */
export function glossaryTermHref(urn: string, carriersFrom = 0): string {
  const page = `/glossary/terms/${encodeURIComponent(urn)}`;
  // The list of datasets carrying it, from its `carriersFrom`-th: where the page's pager leads.
  return carriersFrom > 0 ? `${page}?${new URLSearchParams({ carriers: String(carriersFrom) })}#${TERM_CARRIERS_SECTION_ID}` : page;
}

/** The id of the section of a term page that lists the datasets carrying it. */
export const TERM_CARRIERS_SECTION_ID = 'carriers';

export function polysemeHref(urn: string): string {
  return `/polysemes/${encodeURIComponent(urn)}`;
}

/** The id of a glossary's section on /glossary (an HTML id: `enterprise` or a domain id, made safe). */
export function glossarySectionId(glossaryId: string): string {
  return `glossary-${glossaryId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** A glossary's tree on the glossary page. */
export function glossaryHref(glossaryId?: string): string {
  return glossaryId === undefined ? '/glossary' : `/glossary#${glossarySectionId(glossaryId)}`;
}

/** The form for a new term in a glossary. */
export function newGlossaryTermHref(glossaryId: string): string {
  return `/glossary/new?${new URLSearchParams({ glossary: glossaryId })}`;
}

/** The review queue; `decided` names the term just approved or rejected there. */
export function glossaryReviewHref(decided?: string): string {
  return decided ? `/glossary/review?${new URLSearchParams({ decided })}` : '/glossary/review';
}
