import { describe, expect, it } from 'vitest';
import { parseWebBenchParts } from './webBenchParts.ts';

describe('parseWebBenchParts', () => {
  it('measures every part when --only is absent', () => {
    expect(parseWebBenchParts(undefined)).toEqual(['search', 'pages', 'lineage']);
  });

  it('reads one part, or several comma-separated, in the order they are measured', () => {
    expect(parseWebBenchParts('lineage')).toEqual(['lineage']);
    expect(parseWebBenchParts('lineage, search')).toEqual(['search', 'lineage']);
  });

  it('names what it takes when a part is unknown or none is given', () => {
    expect(() => parseWebBenchParts('lineage,graph')).toThrow('bench web --only takes search, pages, lineage (comma-separated); got "lineage,graph"');
    expect(() => parseWebBenchParts('')).toThrow('bench web --only takes search, pages, lineage (comma-separated); got ""');
  });
});
