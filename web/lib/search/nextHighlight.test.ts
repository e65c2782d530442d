import { describe, expect, it } from 'vitest';

import { nextHighlight } from './nextHighlight';

describe('nextHighlight', () => {
  it('enters the list from either end', () => {
    expect(nextHighlight(-1, 3, 1)).toEqual(0);
    expect(nextHighlight(-1, 3, -1)).toEqual(2);
  });

  it('moves one option at a time', () => {
    expect(nextHighlight(0, 3, 1)).toEqual(1);
    expect(nextHighlight(2, 3, -1)).toEqual(1);
  });

  it('returns to the text box past either end', () => {
    expect(nextHighlight(2, 3, 1)).toEqual(-1);
    expect(nextHighlight(0, 3, -1)).toEqual(-1);
  });

  it('highlights nothing in an empty list', () => {
    expect(nextHighlight(-1, 0, 1)).toEqual(-1);
  });
});
