/**
 * `maySeeAsset` (assetVisibility.ts) as Cypher predicates, for reads to filter hidden assets inside
 * the query: lists keep their page sizes and totals, and a hidden asset is missing exactly like an
 * absent one. Each predicate is constant text around a variable name the calling code chose; the
 * caller's side of the rule is the `$visibility` parameter, which GraphReader sends with every read
 * of a request: `hidden`, the private domains hidden from the caller (see `hiddenDomains`), and what
 * they are worked out from, `everyDomain` and `memberOf` (VisibilityParameters).
 * When nothing is hidden (the usual case) the predicate is true before any subquery runs. (Inside a
 * quantified path pattern it still cost Neo4j's breadth-first search about a third more; the lineage
 * walk goes level by level instead, where it costs nothing measurable: lineage.service.ts.)
 *
 *   MATCH (d:Dataset {urn: $urn}) WHERE ${visibleDataset('d')} RETURN d
 *
 * The inner variables are prefixed `visibility` so they never capture a variable of the query.
 *
 * A query may instead work the hidden domains out itself (`HIDDEN_DOMAINS_IN_QUERY`) and hand the
 * predicates the variable that holds them: then GraphReader need not read them first, a round trip
 * saved on a request whose first query it is (the lineage walk). A root look-up that does so also
 * returns them (`HIDDEN_DOMAINS_COLUMN`), and GraphReader keeps them for the request's later queries:
 * a dataset page's next levels then wait for no read of their own either.
 */
import { cypherVariable } from '@polder/graph-schema';

/**
 * Where a predicate finds the hidden domains: in the parameter GraphReader reads before the query,
 * or in the variable HIDDEN_DOMAINS_IN_QUERY binds.
 */
export type HiddenDomains = '$visibility.hidden' | 'visibilityHidden';

/**
 * `hiddenDomains` (assetVisibility.ts) in Cypher, for a query to open with: binds `visibilityHidden`
 * to the private domains hidden from the caller, from `$visibility.everyDomain` and `$visibility.memberOf`
 * (which GraphReader sends with every read). Always one row. The predicates below take
 * `visibilityHidden` as their `hidden` argument; the variable must be carried through every WITH.
 */
export const HIDDEN_DOMAINS_IN_QUERY = `CALL () {
      MATCH (visibilityPrivate:Domain {visibility: 'private'})
      WHERE NOT $visibility.everyDomain AND NOT visibilityPrivate.id IN $visibility.memberOf
      RETURN collect(visibilityPrivate.id) AS visibilityHidden
    }`;

/**
 * The column under which a query that opens with HIDDEN_DOMAINS_IN_QUERY may return `visibilityHidden`,
 * for GraphReader to keep for the request's later queries (`RETURN ..., visibilityHidden`).
 */
export const HIDDEN_DOMAINS_COLUMN = 'visibilityHidden';

/** True when the caller may see the dataset bound to `dataset`. Relies on domain_urn and the IN_DOMAIN / EXPOSES edges of the dataset. */
export function visibleDataset(dataset: string, hidden: HiddenDomains = '$visibility.hidden'): string {
  const v = cypherVariable(dataset);
  return `(size(${hidden}) = 0 OR NOT EXISTS {
    MATCH (${v})-[:IN_DOMAIN]->(visibilityHome:Domain)
    WHERE visibilityHome.id IN ${hidden}
      AND NOT EXISTS { MATCH (visibilityProduct:DataProduct)-[:EXPOSES]->(${v}) WHERE visibilityProduct.status = 'ACTIVE' } })`;
}

/**
 * True when the caller may see the node bound to `node`, whatever its kind: a dataset as above, a
 * column as its dataset, a job when it writes no dataset hidden from the caller; any other node
 * (domain, data product, glossary term, person, ...) is always visible.
 */
export function visibleAsset(node: string, hidden: HiddenDomains = '$visibility.hidden'): string {
  const v = cypherVariable(node);
  // From a dataset, HAS_FIELD and WRITES lead to columns and jobs (no :Dataset): only the dataset itself is its owner.
  return `(size(${hidden}) = 0 OR NOT EXISTS {
    MATCH (${v})-[:HAS_FIELD|WRITES*0..1]-(visibilityOwner:Dataset)-[:IN_DOMAIN]->(visibilityHome:Domain)
    WHERE visibilityHome.id IN ${hidden}
      AND NOT EXISTS { MATCH (visibilityProduct:DataProduct)-[:EXPOSES]->(visibilityOwner) WHERE visibilityProduct.status = 'ACTIVE' } })`;
}

/**
 * True when the caller may see the source (a crawled store) bound to `source`: when it belongs to no
 * domain hidden from the caller. A store is never published whole (only a product's ports are), so
 * a private domain's source is its members' alone, whatever its datasets. Relies on its IN_DOMAIN edge.
 */
export function visibleSource(source: string, hidden: HiddenDomains = '$visibility.hidden'): string {
  const v = cypherVariable(source);
  return `(size(${hidden}) = 0 OR NOT EXISTS {
    MATCH (${v}:Source)-[:IN_DOMAIN]->(visibilitySourceHome:Domain) WHERE visibilitySourceHome.id IN ${hidden} })`;
}

/**
 * True when the caller may see the node bound to `node`, for a look-up of any URN whatever it names:
 * an asset as `visibleAsset`, a source as `visibleSource`, and a record about assets (a quality check,
 * a check result through its check, an incident, a policy finding, an audit entry) when every asset
 * it is about is one the caller may see. For redacting URNs that other nodes mention (readHiddenUrns.ts).
 */
export function visibleEntity(node: string): string {
  const v = cypherVariable(node);
  // RESULT_OF*0..1: a check result is about what its check CHECKS; everything else is about what it CHECKS or is ABOUT.
  return `(size($visibility.hidden) = 0 OR (${visibleAsset(v)} AND ${visibleSource(v)} AND NOT EXISTS {
    MATCH (${v})-[:RESULT_OF*0..1]->(:Entity)-[:CHECKS|ABOUT]->(visibilityRecordAsset)
    WHERE NOT (${visibleAsset('visibilityRecordAsset')} AND ${visibleSource('visibilityRecordAsset')}) }))`;
}
