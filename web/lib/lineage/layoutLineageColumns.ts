import type { LineageNode } from '../api';

import { lineageNodeLabel } from './groupLineageByDegree';
import { LINEAGE_NODE_HEIGHT, LINEAGE_NODE_WIDTH } from './lineageNodeSize';

/** The same gaps as elk's in layoutLineage: between columns, and between nodes in a column. */
const COLUMN_GAP = 80;
const ROW_GAP = 24;
const COLUMN_PITCH = LINEAGE_NODE_WIDTH + COLUMN_GAP;
const ROW_PITCH = LINEAGE_NODE_HEIGHT + ROW_GAP;

/**
 * Positions for a big lineage graph in time linear in its size, where elk's
 * layered layout takes most of a second (500 nodes: 0.3–1 s on the server, on
 * every page load and every expansion).
 *
 * A walk's nodes already come in layers: their hop count from the start
 * (`degree`, negative upstream). Each hop is a column, left to right; nodes
 * drawn by an expansion carry their neighbour's count plus or minus one
 * (mergeLineage), so they land beside it. Within a column the order is
 * barycentric, from the start outward: a node sits in the order of its
 * neighbours one hop nearer the start, so a tree's branches stay apart and do
 * not cross. Then, from the outermost columns inward, each node is centred on
 * its neighbours one hop further out (a parent midway along its children),
 * pushed apart where they would overlap.
 *
 * Edges within a column, or pointing left (a shortcut between hops, a cycle),
 * are drawn as they are: elk, which would move those nodes, is kept for the
 * small graphs where that matters to a reader.
 */
export function layoutLineageColumns(nodes: readonly LineageNode[], edges: ReadonlyArray<{ from: string; to: string }>): Map<string, { x: number; y: number }> {
  const degrees = [...new Set(nodes.map((node) => node.degree))].sort((a, b) => a - b);
  const columnOf = new Map(nodes.map((node) => [node.urn, node.degree]));
  const neighbours = new Map<string, string[]>(nodes.map((node) => [node.urn, []]));
  for (const { from, to } of edges) {
    if (from === to || !neighbours.has(from) || !neighbours.has(to)) continue;
    neighbours.get(from)!.push(to);
    neighbours.get(to)!.push(from);
  }
  const neighboursIn = (urn: string, degree: number) => neighbours.get(urn)!.filter((neighbour) => columnOf.get(neighbour) === degree);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

  const columns = new Map<number, LineageNode[]>(degrees.map((degree) => [degree, []]));
  for (const node of nodes) columns.get(node.degree)!.push(node);
  // Columns nearest the start first; the start's own column (0, or the nearest there is) by name.
  const nearest = Math.min(...degrees.map(Math.abs));
  const outward = [...degrees].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  const y = new Map<string, number>();
  const spread = (column: LineageNode[]) => column.forEach((node, index) => y.set(node.urn, (index - (column.length - 1) / 2) * ROW_PITCH));
  for (const degree of outward) {
    const column = columns.get(degree)!;
    const inner = Math.abs(degree) === nearest ? null : degree - Math.sign(degree);
    // Neighbours one hop nearer the start are placed already; a node with none there goes last.
    const barycentre = new Map(
      column.map((node) => {
        const placed = inner === null ? [] : neighboursIn(node.urn, inner).map((urn) => y.get(urn)!);
        return [node.urn, placed.length > 0 ? mean(placed) : Number.POSITIVE_INFINITY];
      }),
    );
    column.sort((a, b) => barycentre.get(a.urn)! - barycentre.get(b.urn)! || lineageNodeLabel(a).localeCompare(lineageNodeLabel(b)));
    spread(column);
  }

  // Inward: the outermost columns stay evenly spread; each nearer one is centred on its neighbours further out.
  for (const degree of [...outward].reverse()) {
    const outer = degree === 0 ? [-1, 1] : [degree + Math.sign(degree)];
    const column = columns.get(degree)!;
    const wanted = column.map((node) => {
      const placed = outer.flatMap((other) => neighboursIn(node.urn, other)).map((urn) => y.get(urn)!);
      return placed.length > 0 ? mean(placed) : y.get(node.urn)!;
    });
    const placed = separate(wanted);
    column.forEach((node, index) => y.set(node.urn, placed[index]!));
  }

  const top = Math.min(...y.values());
  return new Map(nodes.map((node) => [node.urn, { x: degrees.indexOf(node.degree) * COLUMN_PITCH, y: y.get(node.urn)! - top }]));
}

/** `wanted` positions, in order, moved apart to at least a row's pitch; then shifted back by the average move, so the column stays where its nodes want it. */
function separate(wanted: readonly number[]): number[] {
  const placed: number[] = [];
  for (const [index, position] of wanted.entries()) placed.push(index === 0 ? position : Math.max(position, placed[index - 1]! + ROW_PITCH));
  const shift = wanted.reduce((sum, position, index) => sum + position - placed[index]!, 0) / wanted.length;
  return placed.map((position) => position + shift);
}
