import { describe, expect, it } from 'vitest';

import { nextTermUrns } from './nextTermUrns';

describe('nextTermUrns', () => {
  it('adds the chosen term after those shown, once', () => {
    expect(nextTermUrns(['a', 'b'], { add: 'c', remove: '' })).toEqual(['a', 'b', 'c']);
    expect(nextTermUrns(['a', 'b'], { add: 'b', remove: '' })).toEqual(['a', 'b']);
    expect(nextTermUrns([], { add: 'a', remove: '' })).toEqual(['a']);
  });

  it('removes the term whose Remove button was pressed, even with a term chosen to add', () => {
    expect(nextTermUrns(['a', 'b', 'c'], { add: 'd', remove: 'b' })).toEqual(['a', 'c']);
    expect(nextTermUrns(['a'], { add: '', remove: 'a' })).toEqual([]);
  });

  it('asks for nothing when Add is pressed with no term chosen', () => {
    expect(nextTermUrns(['a'], { add: '', remove: '' })).toBeNull();
  });

  it('drops empty and repeated values', () => {
    expect(nextTermUrns(['a', '', 'a'], { add: 'b', remove: '' })).toEqual(['a', 'b']);
  });
});
