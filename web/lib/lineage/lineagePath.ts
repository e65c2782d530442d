/** The key of the edge from `from` (upstream) to `to`; URNs never hold `→`. */
export function edgeKey(from: string, to: string): string {
  return `${from}→${to}`;
}

export interface LineagePath {
  /** The asset itself, everything it derives from and everything derived from it. */
  nodes: Set<string>;
  /** The edges on a path into it or out of it, by edgeKey. */
  edges: Set<string>;
}

/**
 * The path of one asset (a column, at column level) through the graph: every
 * edge on a walk upstream from it and on a walk downstream from it. Edges
 * between two of its ancestors that lead elsewhere are not on it: only those
 * whose downstream end is the asset or one of its ancestors, or whose upstream
 * end is the asset or one of its descendants.
 */
export function lineagePath(edges: ReadonlyArray<{ from: string; to: string }>, urn: string): LineagePath {
  const path: LineagePath = { nodes: new Set([urn]), edges: new Set() };
  const walk = (next: (from: string) => Array<{ from: string; to: string }>, far: (edge: { from: string; to: string }) => string) => {
    const seen = new Set([urn]);
    const queue = [urn];
    for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
      for (const edge of next(current)) {
        path.edges.add(edgeKey(edge.from, edge.to));
        const other = far(edge);
        path.nodes.add(other);
        if (!seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      }
    }
  };
  walk((node) => edges.filter((edge) => edge.to === node), (edge) => edge.from);
  walk((node) => edges.filter((edge) => edge.from === node), (edge) => edge.to);
  return path;
}
