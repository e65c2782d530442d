/** A term of a glossary's tree, with the terms grouped under it. */
export interface TermTreeNode<TTerm> {
  term: TTerm;
  children: TermTreeNode<TTerm>[];
}

interface TreeTerm {
  urn: string;
  name: string;
  parent: { urn: string } | null;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * A glossary's terms as a tree: each under its parent (CHILD_OF), top-level
 * terms and siblings by name. A term whose parent is not in the list (past the
 * page the API returned) is shown at the top rather than lost; so is a term in
 * a cycle, which the API refuses to create but a tree must not loop on.
 *
 *   [Vehicle, Van (parent Vehicle), Asset]  →  Asset; Vehicle › Van
 */
export function buildTermTree<TTerm extends TreeTerm>(terms: readonly TTerm[]): TermTreeNode<TTerm>[] {
  const nodes = new Map<string, TermTreeNode<TTerm>>(terms.map((term) => [term.urn, { term, children: [] }]));
  const parentOf = (urn: string) => nodes.get(urn)?.term.parent?.urn ?? null;
  /** Whether walking up from the term comes back to it (an ancestors' loop that does not include it is theirs). */
  const inCycle = (urn: string) => {
    const seen = new Set<string>();
    for (let at = parentOf(urn); at !== null && nodes.has(at) && !seen.has(at); at = parentOf(at)) {
      if (at === urn) return true;
      seen.add(at);
    }
    return false;
  };
  const roots: TermTreeNode<TTerm>[] = [];
  for (const node of nodes.values()) {
    const parent = node.term.parent ? nodes.get(node.term.parent.urn) : undefined;
    if (parent && !inCycle(node.term.urn)) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: TermTreeNode<TTerm>[]) => {
    list.sort((a, b) => byName.compare(a.term.name, b.term.name));
    for (const node of list) sort(node.children);
    return list;
  };
  return sort(roots);
}
