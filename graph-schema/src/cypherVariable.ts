/**
 * Cypher text built around a variable the calling code chose (`visibleDataset('d')`) may only take a
 * plain variable name: anything else would splice text into the query. A programming error, not input.
 *
 *   cypherVariable('d') → 'd';  cypherVariable('d) DETACH DELETE (x') throws
 */
export function cypherVariable(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a Cypher variable name: ${JSON.stringify(name)}`);
  return name;
}
