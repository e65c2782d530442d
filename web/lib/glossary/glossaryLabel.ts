/**
 * The glossary a term is in, in words: its domain's ("Rentals glossary"), or the enterprise one.
 * Two domains may each define a "Customer": this is what tells them apart wherever a term is named
 * away from its glossary.
 */
export function glossaryLabel(term: { domain: { name: string } | null }): string {
  return term.domain ? `${term.domain.name} glossary` : 'Enterprise glossary';
}
