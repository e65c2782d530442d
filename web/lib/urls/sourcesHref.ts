/** The sources page, or only the sources of one domain (`?domain=rentals`, its id from polder.yaml). */
export function sourcesHref(domainId?: string): string {
  return domainId ? `/sources?${new URLSearchParams({ domain: domainId })}` : '/sources';
}

/** The domain id the sources page's URL narrows to, or null: a repeated parameter takes its first value, a blank one narrows nothing. */
export function sourcesDomainParam(value: string | string[] | undefined): string | null {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : null;
}
