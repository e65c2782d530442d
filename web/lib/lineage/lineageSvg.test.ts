import { describe, expect, it } from 'vitest';

import type { LineageNode } from '../api';
import type { LineageLayout } from './layoutLineage';
import { LINEAGE_NODE_WIDTH } from './lineageNodeSize';
import { edgeKey, lineagePath } from './lineagePath';
import { escapeXml, lineageSvg, truncate } from './lineageSvg';

const node = (urn: string, x: number, domain: string): LineageNode & { x: number; y: number } => ({
  urn,
  name: urn,
  type: 'DATASET',
  qualifiedName: urn,
  domain,
  degree: 0,
  dataset: null,
  x,
  y: 10,
});
const edge = (from: string, to: string, crossesDomains: boolean) => ({ id: edgeKey(from, to), from, to, transformation: 'VIEW', confidence: 1, job: null, crossesDomains });

const layout: LineageLayout = {
  root: 'orders',
  isPartial: false,
  nodes: [node('orders', 0, 'Rentals'), node('revenue & <margin>', 300, 'Rentals'), node('invoice', 600, 'Finance')],
  edges: [edge('orders', 'revenue & <margin>', false), edge('revenue & <margin>', 'invoice', true)],
};

describe('lineageSvg', () => {
  it('draws every node and edge as a standalone SVG with a title and a description', () => {
    const { svg, width, height } = lineageSvg(layout, { title: 'Lineage of orders' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
    expect(width).toEqual(600 + LINEAGE_NODE_WIDTH + 48);
    expect(svg).toContain('<title id="lineage-title">Lineage of orders</title>');
    expect(svg).toContain('3 assets and 2 edges, upstream on the left, downstream on the right; 1 edge crosses domains (dashed).');
    // Names are escaped, never markup.
    expect(svg).toContain('>revenue &amp; &lt;margin&gt;</text>');
    expect(svg).not.toContain('<margin>');
    expect(svg).toContain('>This dataset · Rentals</text>');
    expect(svg).toContain('>Dataset · Finance</text>');
    expect(svg.match(/<path [^>]*fill="none"/g)).toHaveLength(2);
    // Only the edge between domains is dashed (its legend sample is too).
    expect(svg.match(/<path [^>]*stroke-dasharray="6 4"/g)).toHaveLength(1);
    expect(svg).toContain('>crosses domains</text>');
    expect(svg).not.toContain('opacity');
  });

  it('makes a path stand out and fades the rest', () => {
    const path = lineagePath(layout.edges, 'orders');
    const faded = lineageSvg({ ...layout, edges: [...layout.edges, edge('invoice', 'orders', true)] }, { title: 't', path: lineagePath([layout.edges[0]!], 'orders') });
    expect(faded.svg.match(/<path [^>]*stroke-width="3"/g)).toHaveLength(1);
    expect(faded.svg.match(/<path [^>]*opacity="0.3"/g)).toHaveLength(2);
    expect(faded.svg).toContain('>the chosen column’s path</text>');
    expect(lineageSvg(layout, { title: 't', path }).svg.match(/<path [^>]*stroke-width="3"/g)).toHaveLength(2);
  });

  it('says when the walk was cut, and draws an empty graph', () => {
    const partial = lineageSvg({ ...layout, isPartial: true }, { title: 't' }).svg;
    expect(partial).toContain('Partial: the walk was cut at its size cap.</desc>');
    expect(partial).toContain('>Partial: the walk was cut at its size cap; there is more lineage than drawn.</text>');
    expect(lineageSvg(layout, { title: 't' }).svg).not.toContain('Partial');
    const empty = lineageSvg({ root: 'x', isPartial: false, nodes: [], edges: [] }, { title: 't' });
    expect(empty.svg).toContain('0 assets and 0 edges');
  });
});

describe('truncate', () => {
  it('ends a long text with an ellipsis within the length', () => {
    expect(truncate('customer_rental_summary', 10)).toEqual('customer_…');
    expect(truncate('customer', 10)).toEqual('customer');
  });
});

describe('escapeXml', () => {
  it('escapes what XML reserves', () => {
    expect(escapeXml(`a<b>&"c'`)).toEqual('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});
