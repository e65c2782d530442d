import { describe, expect, it } from 'vitest';

import { parseTags } from './parseTags';

describe('parseTags', () => {
  it('splits on commas and lines, trims, and drops empties and repeats', () => {
    expect(parseTags(' gold, pii ,\nGold,, finance\n')).toEqual(['gold', 'pii', 'finance']);
  });

  it('is empty for blank input', () => {
    expect(parseTags('  , \n')).toEqual([]);
  });
});
