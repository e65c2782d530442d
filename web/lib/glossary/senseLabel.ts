/**
 * How a polyseme's sense is named away from its term page. Every sense of a
 * polyseme may bear the same name ("Customer"), so its domain is what tells
 * them apart: by the domain's name, or its id when the API gives no domain.
 */
interface Sense {
  name: string;
  glossary: string;
  domain?: { name: string } | null;
}

/** The domain of a sense: "Rentals". */
export function senseDomainName(sense: Omit<Sense, 'name'>): string {
  return sense.domain?.name ?? sense.glossary;
}

/** A sense with its domain: "Rentals: Customer". */
export function senseLabel(sense: Sense): string {
  return `${senseDomainName(sense)}: ${sense.name}`;
}
