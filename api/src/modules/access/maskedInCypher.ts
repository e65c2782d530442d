/**
 * Field-level protection (sensitiveValues.ts) as Cypher predicates, for reads that list sensitive
 * values of many assets at once and must leave out, inside the query, those the caller may not see,
 * so that pages keep their sizes and totals.
 *
 * The caller's side is the `$visibility` parameter GraphReader sends with every read (VisibilityParameters:
 * `restrictedEverywhere`, and the domains in `restrictedIn`). Each predicate is constant text around
 * variables the calling code chose; the inner variables are prefixed `masked` so they capture none of
 * the query's. For a caller who sees every domain's sensitive values (admins, stewards) they are true
 * before any subquery runs.
 *
 * A term assignment is a sensitive value when it tells one: a column of a restricted dataset that carries
 * "Email address", which the glossary classifies PII, tells that the column is PII (the column inherits
 * the term's classifications), just as its own masked classifications would. Assignments of terms
 * without classifications tell nothing masked, and are shown to everyone who sees the asset.
 *
 *   MATCH (n)-[:MEANS]->(t:GlossaryTerm) WHERE ${seesTermAssignment('n', 't')} RETURN t
 */
import { cypherVariable } from '@polder/graph-schema';

/**
 * True when the caller may see the sensitive values of the asset bound to `asset`: a dataset, or a column
 * (through its dataset). Those of an unrestricted dataset are everyone's; a restricted dataset's are for
 * callers allowed `seeRestricted` in its domain (authorize.ts), and a restricted dataset of no domain's
 * for those who see every domain's.
 */
export function seesSensitiveValuesOf(asset: string): string {
  const v = cypherVariable(asset);
  return `($visibility.restrictedEverywhere OR NOT EXISTS {
    MATCH (maskedDataset:Dataset)-[:HAS_FIELD*0..1]->(${v})
    WHERE maskedDataset.editable_restricted = true
      AND NOT EXISTS { MATCH (maskedDataset)-[:IN_DOMAIN]->(maskedHome:Domain) WHERE maskedHome.id IN $visibility.restrictedIn } })`;
}

/** True when the term bound to `term` carries classifications: carrying it tells them. */
export function isClassifiedTerm(term: string): string {
  return `size(coalesce(${cypherVariable(term)}.classifications, [])) > 0`;
}

/**
 * True when the caller may see that the asset bound to `asset` (a dataset or a column) carries the
 * glossary term bound to `term` (a MEANS edge; or, for a polyseme's sense, an IDENTIFIED_BY edge).
 */
export function seesTermAssignment(asset: string, term: string): string {
  return `(NOT ${isClassifiedTerm(term)} OR ${seesSensitiveValuesOf(asset)})`;
}

/**
 * The same, for readers who see no restricted dataset's sensitive values: what may be written where every
 * reader finds it (the search index, whose documents are shared by all the readers of an asset). `dataset`
 * is the dataset itself, the carrier or the holder of the carrying column.
 */
export function everyoneSeesTermAssignment(dataset: string, term: string): string {
  return `(NOT ${isClassifiedTerm(term)} OR coalesce(${cypherVariable(dataset)}.editable_restricted, false) = false)`;
}
