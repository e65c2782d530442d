import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const GlossaryTerm: LabelDefinition<'GlossaryTerm'> = {
  label: 'GlossaryTerm',
  urnType: 'glossaryTerm',
  description: 'A business term; domain-scoped when it is one sense of a polyseme.',
};

/** The id of the one enterprise-wide glossary; every other glossary is a domain's, named by the domain id. */
export const ENTERPRISE_GLOSSARY = 'enterprise';

/** DRAFT → IN_REVIEW → APPROVED | REJECTED; APPROVED → DEPRECATED (with a replacement). */
export const TERM_STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'DEPRECATED'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

/**
 * A term is written only by people (through the API or an import), never by a
 * crawler, so its properties carry no `editable_` prefix. Its URN is fixed at
 * creation — `urn:polder:glossaryTerm:(<glossary>,<slug of the first name>)` —
 * and survives renames. Lists of maps cannot be Neo4j properties: links and
 * custom properties are stored as JSON strings.
 */
export interface GlossaryTermProperties extends EntityProperties {
  name: string;
  /** lower-case name: the key of the one-name-per-glossary rule (constraint glossaryterm_name, migration 005). */
  nameKey: string;
  /** `enterprise`, or the id of the domain whose glossary holds it. */
  glossary: string;
  definition?: string;
  synonyms: string[];
  acronyms: string[];
  examples: string[];
  /** Account usernames. */
  owners: string[];
  /** Account usernames allowed to approve or reject it. */
  reviewers: string[];
  termStatus: TermStatus;
  /** JSON `[{label, url}]`: the authoritative sources. */
  linksJson: string;
  /** JSON `[{key, value}]`, in the order given. */
  customPropertiesJson: string;
  /** Classifications (e.g. PII) every column carrying the term inherits. */
  classifications: string[];
  /** Who sent it to review last (may not approve it). */
  reviewRequestedBy?: string;
  version: number;
}
