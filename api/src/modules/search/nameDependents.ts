/**
 * Search documents hold names that are not their asset's own: a dataset, product or term holds its
 * domain's name (`domain`); a dataset holds the names, synonyms and acronyms of the terms it and its
 * columns carry (`terms`, `termWords`), each term with its domain's name (`termSenses`); a polyseme
 * holds its senses. When a domain or a term is indexed with other names than before, the documents
 * holding them are queued again through the outbox, like any other change: otherwise the search page
 * would go on offering, and filtering by, a term or domain name that no longer exists. So are they when
 * a term's classifications (its document's `tags`) changed: a restricted dataset holds only its terms
 * without classifications (loadSearchDocuments.ts, CARRIED_TERMS).
 */
import { queueOutboxEntry } from '@polder/graph-schema';
import type { SearchDocument } from './searchDocument.ts';

/** The parts of a domain's or term's document that other documents hold, or that decide which hold them. */
export type NamesHeld = Pick<SearchDocument, 'name' | 'fieldNames' | 'tags'>;

/**
 * Whether the documents holding a domain's or term's names must be indexed again: its name changed,
 * or a term's synonyms or acronyms (its `fieldNames`), or its classifications (its `tags`). `before` is
 * what the index holds (absent when it was never indexed: nothing can hold the names yet); `now`, the
 * new document (absent when the asset is gone: its holders must let go of its names).
 */
export function namesChanged(before: NamesHeld | undefined, now: NamesHeld | undefined): boolean {
  if (!before) return false;
  if (!now) return true;
  return before.name !== now.name || JSON.stringify(before.fieldNames) !== JSON.stringify(now.fieldNames) || JSON.stringify(before.tags ?? []) !== JSON.stringify(now.tags ?? []);
}

/**
 * Queues every document holding the names of these domains and terms (URNs); `$now` is the enqueue time.
 * Each walk is one or two fixed hops. Constraints: entity_urn, indexoutbox_urn (001).
 */
export const REQUEUE_NAME_HOLDERS = `
UNWIND $urns AS urn
MATCH (n:Entity {urn: urn})
CALL (n) {
  // A domain's own assets.
  MATCH (n:Domain)<-[:IN_DOMAIN]-(holder) WHERE holder:Dataset OR holder:DataProduct OR holder:GlossaryTerm RETURN holder
  UNION
  // The datasets carrying the term, or a term of the domain, themselves or through a column.
  MATCH (n)<-[:IN_DOMAIN*0..1]-(:GlossaryTerm)<-[:MEANS]-()<-[:HAS_FIELD*0..1]-(holder:Dataset) RETURN holder
  UNION
  // The polysemes of which it, or a term of the domain, is a sense.
  MATCH (n)<-[:IN_DOMAIN*0..1]-(:GlossaryTerm)<-[:HAS_SENSE]-(holder:Polyseme) RETURN holder
}
WITH DISTINCT holder WHERE holder.status = 'ACTIVE'
${queueOutboxEntry('IndexOutbox', 'entry', 'holder.urn', '$now')}`;
