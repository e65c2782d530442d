import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Suggestion: LabelDefinition<'Suggestion'> = {
  label: 'Suggestion',
  urnType: 'suggestion',
  description: 'A glossary term proposed for a column by a rule, waiting for a steward to accept or reject it.',
};

/**
 * `(Suggestion)-[:SUGGESTS]->(GlossaryTerm)`, `(Suggestion)-[:SUGGESTED_FOR]->(Field)`.
 * URN: `urn:polder:suggestion:(<field urn>,<term urn>)`, so a rejected one is
 * remembered and never proposed again.
 */
export interface SuggestionProperties extends EntityProperties {
  /** PENDING, ACCEPTED or REJECTED. */
  suggestionStatus: 'PENDING' | 'ACCEPTED' | 'REJECTED';
  /** Which rule matched, e.g. `name matches synonym "client"`. */
  reason: string;
  decidedBy?: string;
  decidedAt?: string;
}
