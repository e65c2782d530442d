/**
 * Which columns are sensitive: no value of theirs (min, max, top values) is read
 * by a profile or shown by the API. One rule, used by both: a column is
 * sensitive when
 *
 * - it is classified: its own classifications (`editable_classifications`, set
 *   by a person) or those it inherits from its glossary terms (e.g. PII from
 *   "Email address"), as `Field.inheritedClassifications` shows them; or
 * - its dataset is classified, the same two ways; or
 * - its dataset is restricted (`editable_restricted`).
 *
 * Any classification counts: Polder does not know which labels a mesh deems
 * harmless, so a classified column is treated as one that is not.
 */

export interface SensitivityFacts {
  /** The column's own classifications and its terms'. */
  columnClassifications: readonly string[];
  /** The dataset's own classifications and its terms'. */
  datasetClassifications: readonly string[];
  datasetRestricted: boolean;
}

export function isSensitiveColumn(facts: SensitivityFacts): boolean {
  return facts.datasetRestricted || facts.columnClassifications.length > 0 || facts.datasetClassifications.length > 0;
}

/**
 * Cypher for the facts, given the variables of a Field (`field`) and its Dataset
 * (`dataset`) in scope: a map with the keys of SensitivityFacts. Spliced into the
 * queries that need it (readProfiledDatasets.ts, the API's profile service) so
 * both read the facts the same way; it holds only the two variable names, which
 * come from code, never from input.
 */
export function sensitivityFactsCypher(field: string, dataset: string): string {
  for (const name of [field, dataset]) if (!/^[a-z][A-Za-z0-9]*$/.test(name)) throw new Error(`not a Cypher variable: ${name}`);
  const classifications = (node: string) =>
    `coalesce(${node}.editable_classifications, []) + reduce(found = [], classes IN [(${node})-[:MEANS]->(term:GlossaryTerm) | coalesce(term.classifications, [])] | found + classes)`;
  return `{columnClassifications: ${classifications(field)}, datasetClassifications: ${classifications(dataset)}, datasetRestricted: coalesce(${dataset}.editable_restricted, false) = true}`;
}
