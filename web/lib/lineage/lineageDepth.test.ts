import { describe, expect, it } from 'vitest';

import { DEFAULT_LINEAGE_DEPTH, lineageDepthCap, MAX_LINEAGE_DEPTH, parseLineageDepth } from './lineageDepth';

describe('parseLineageDepth', () => {
  it('reads a whole number of hops', () => {
    expect(parseLineageDepth('2')).toEqual(2);
    expect(parseLineageDepth(['1', '5'])).toEqual(1);
  });

  it('keeps it within 1 and the maximum', () => {
    expect(parseLineageDepth('0')).toEqual(1);
    expect(parseLineageDepth('99')).toEqual(MAX_LINEAGE_DEPTH);
  });

  it('falls back to the default for anything else', () => {
    for (const value of [undefined, '', 'two', '-1', '2.5']) expect(parseLineageDepth(value)).toEqual(DEFAULT_LINEAGE_DEPTH);
  });

  it("keeps within the API's cap where that is lower, the default too", () => {
    expect(parseLineageDepth('5', 2)).toEqual(2);
    expect(parseLineageDepth(undefined, 2)).toEqual(2);
    expect(parseLineageDepth('1', 2)).toEqual(1);
    expect(parseLineageDepth('5', 10)).toEqual(5);
  });
});

describe('lineageDepthCap', () => {
  it("offers the web's maximum, or the API's cap where that is lower", () => {
    expect(lineageDepthCap(10)).toEqual(MAX_LINEAGE_DEPTH);
    expect(lineageDepthCap(2)).toEqual(2);
    expect(lineageDepthCap(1)).toEqual(1);
  });
});
