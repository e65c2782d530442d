import { lineageNodeMeta, isRootNode } from './describeLineage';
import type { LineageLayout } from './layoutLineage';
import { LINEAGE_NODE_HEIGHT, LINEAGE_NODE_WIDTH } from './lineageNodeSize';
import type { LineagePath } from './lineagePath';

/** Light colours whatever the page's scheme: an exported picture goes into documents and slides. */
const COLOURS = {
  background: '#ffffff',
  text: '#1b1f24',
  muted: '#57606a',
  border: '#6e7781',
  root: '#e6f0fb',
  accent: '#0b5cad',
  crossDomain: '#8250df',
};
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const MARGIN = 24;
const HEADER = 44;
const LEGEND = 40;
/** About this many characters of 13px text fit a node's width (less its padding). */
const NAME_CHARS = 29;
const META_CHARS = 34;

export interface LineageSvg {
  /** A standalone SVG document. */
  svg: string;
  width: number;
  height: number;
}

/**
 * The lineage graph as a standalone SVG picture, drawn from the same layout
 * the explorer shows (node boxes where elk put them, edges as the same
 * left-to-right curves), with a title, a legend and a text description; the
 * chosen column's path, when there is one, stands out and the rest fades.
 * Pure: the explorer turns it into a download, or into a PNG through a canvas.
 */
export function lineageSvg(layout: LineageLayout, { title, path = null }: { title: string; path?: LineagePath | null }): LineageSvg {
  const minX = Math.min(0, ...layout.nodes.map((node) => node.x));
  const minY = Math.min(0, ...layout.nodes.map((node) => node.y));
  const maxX = Math.max(LINEAGE_NODE_WIDTH, ...layout.nodes.map((node) => node.x + LINEAGE_NODE_WIDTH));
  const maxY = Math.max(LINEAGE_NODE_HEIGHT, ...layout.nodes.map((node) => node.y + LINEAGE_NODE_HEIGHT));
  const width = Math.ceil(Math.max(maxX - minX, 560) + 2 * MARGIN);
  const height = Math.ceil(maxY - minY + HEADER + LEGEND + 2 * MARGIN);
  const left = (x: number) => round(x - minX + MARGIN);
  const top = (y: number) => round(y - minY + MARGIN + HEADER);
  const byUrn = new Map(layout.nodes.map((node) => [node.urn, node]));
  const crossing = layout.edges.filter((edge) => edge.crossesDomains).length;

  const edges = layout.edges.flatMap((edge) => {
    const from = byUrn.get(edge.from);
    const to = byUrn.get(edge.to);
    if (!from || !to) return [];
    const onPath = path?.edges.has(edge.id) ?? false;
    const sx = left(from.x + LINEAGE_NODE_WIDTH);
    const sy = top(from.y + LINEAGE_NODE_HEIGHT / 2);
    const tx = left(to.x);
    const ty = top(to.y + LINEAGE_NODE_HEIGHT / 2);
    // React Flow's bezier between a right-hand and a left-hand handle.
    const dx = round(tx >= sx ? (tx - sx) / 2 : 0.25 * 25 * Math.sqrt(sx - tx));
    const stroke = onPath ? COLOURS.accent : edge.crossesDomains ? COLOURS.crossDomain : COLOURS.muted;
    return [
      `<path d="M${sx},${sy} C${round(sx + dx)},${sy} ${round(tx - dx)},${ty} ${tx},${ty}" fill="none" stroke="${stroke}" stroke-width="${onPath ? 3 : 1.5}"` +
        `${edge.crossesDomains ? ' stroke-dasharray="6 4"' : ''}${path && !onPath ? ' opacity="0.3"' : ''} marker-end="url(#${onPath ? 'arrow-path' : edge.crossesDomains ? 'arrow-cross' : 'arrow'})"/>`,
    ];
  });

  const nodes = layout.nodes.map((node) => {
    const isRoot = isRootNode(node, layout.root);
    const onPath = path?.nodes.has(node.urn) ?? false;
    const strong = isRoot || onPath;
    return [
      `<g transform="translate(${left(node.x)},${top(node.y)})">`,
      `<rect width="${LINEAGE_NODE_WIDTH}" height="${LINEAGE_NODE_HEIGHT}" rx="6" fill="${isRoot ? COLOURS.root : COLOURS.background}" stroke="${onPath ? COLOURS.accent : isRoot ? COLOURS.accent : COLOURS.border}" stroke-width="${strong ? 2 : 1}"${path && !onPath ? ' opacity="0.55"' : ''}/>`,
      `<text x="11" y="27" font-size="13" font-weight="600" fill="${COLOURS.text}">${escapeXml(truncate(node.name, NAME_CHARS))}</text>`,
      `<text x="11" y="47" font-size="12" fill="${COLOURS.muted}">${escapeXml(truncate(lineageNodeMeta(node, layout.root), META_CHARS))}</text>`,
      `</g>`,
    ].join('');
  });

  const legendY = height - MARGIN - LEGEND / 2;
  const legend = [
    legendItem(MARGIN, legendY, COLOURS.muted, false, 1.5, 'within a domain'),
    legendItem(MARGIN + 170, legendY, COLOURS.crossDomain, true, 1.5, 'crosses domains'),
    ...(path ? [legendItem(MARGIN + 340, legendY, COLOURS.accent, false, 3, 'the chosen column’s path')] : []),
  ];
  const description = `${count(layout.nodes.length, 'asset', 'assets')} and ${count(layout.edges.length, 'edge', 'edges')}, upstream on the left, downstream on the right; ${count(crossing, 'edge crosses', 'edges cross')} domains (dashed).${layout.isPartial ? ' Partial: the walk was cut at its size cap.' : ''}`;

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="lineage-title lineage-desc" font-family="${FONT}">`,
    `<title id="lineage-title">${escapeXml(title)}</title>`,
    `<desc id="lineage-desc">${escapeXml(description)}</desc>`,
    `<defs>${marker('arrow', COLOURS.muted)}${marker('arrow-cross', COLOURS.crossDomain)}${marker('arrow-path', COLOURS.accent)}</defs>`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.background}"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 18}" font-size="16" font-weight="700" fill="${COLOURS.text}">${escapeXml(title)}</text>`,
    ...(layout.isPartial ? [`<text x="${MARGIN}" y="${MARGIN + 36}" font-size="12" fill="${COLOURS.muted}">Partial: the walk was cut at its size cap; there is more lineage than drawn.</text>`] : []),
    ...edges,
    ...nodes,
    ...legend,
    `</svg>`,
  ].join('\n');
  return { svg, width, height };
}

function marker(id: string, colour: string): string {
  // In user units: the same arrowhead on a thick path as on a thin one.
  return `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`;
}

function legendItem(x: number, y: number, colour: string, dashed: boolean, strokeWidth: number, label: string): string {
  return (
    `<line x1="${x}" y1="${y}" x2="${x + 36}" y2="${y}" stroke="${colour}" stroke-width="${strokeWidth}"${dashed ? ' stroke-dasharray="6 4"' : ''}/>` +
    `<text x="${x + 44}" y="${y + 4}" font-size="12" fill="${COLOURS.text}">${escapeXml(label)}</text>`
  );
}

function count(value: number, one: string, other: string): string {
  return `${value} ${value === 1 ? one : other}`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Cuts text to `max` characters, the last one an ellipsis. */
export function truncate(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

/** Text as SVG (XML) character data or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!);
}
