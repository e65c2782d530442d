import { describe, expect, it } from 'vitest';

import { buildTermTree } from './buildTermTree';

const term = (name: string, parent: string | null = null) => ({ urn: `urn:${name}`, name, parent: parent === null ? null : { urn: `urn:${parent}` } });
const names = (nodes: ReturnType<typeof buildTermTree<ReturnType<typeof term>>>): unknown[] =>
  nodes.map((node) => (node.children.length ? { [node.term.name]: names(node.children) } : node.term.name));

describe('buildTermTree', () => {
  it('puts each term under its parent, top-level terms and siblings by name', () => {
    const tree = buildTermTree([term('Vehicle'), term('van', 'Vehicle'), term('Asset'), term('Car', 'Vehicle'), term('Electric car', 'Car')]);
    expect(names(tree)).toEqual(['Asset', { Vehicle: [{ Car: ['Electric car'] }, 'van'] }]);
  });

  it('shows a term whose parent is not in the list at the top', () => {
    expect(names(buildTermTree([term('Van', 'Vehicle'), term('Bike')]))).toEqual(['Bike', 'Van']);
  });

  it('does not loop on a cycle: its terms go to the top', () => {
    expect(names(buildTermTree([term('A', 'B'), term('B', 'A'), term('C', 'A')]))).toEqual([{ A: ['C'] }, 'B']);
  });

  it('is empty for no terms', () => {
    expect(buildTermTree([])).toEqual([]);
  });
});
