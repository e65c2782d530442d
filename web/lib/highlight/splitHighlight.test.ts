import { describe, expect, it } from 'vitest';

import { splitHighlight } from './splitHighlight';

describe('splitHighlight', () => {
  it('splits marked and plain runs', () => {
    expect(splitHighlight('the <mark>customer</mark> table')).toEqual([
      { text: 'the ', marked: false },
      { text: 'customer', marked: true },
      { text: ' table', marked: false },
    ]);
  });

  it('keeps other angle brackets and tags as text', () => {
    expect(splitHighlight('a < b <script>x</script> <mark>&amp;</mark>')).toEqual([
      { text: 'a < b <script>x</script> ', marked: false },
      { text: '&amp;', marked: true },
    ]);
  });

  it('tolerates unbalanced and adjacent tags', () => {
    expect(splitHighlight('<mark>a</mark><mark>b</mark> c</mark> d <mark>e')).toEqual([
      { text: 'ab', marked: true },
      { text: ' c d ', marked: false },
      { text: 'e', marked: true },
    ]);
  });

  it('returns nothing for an empty snippet', () => {
    expect(splitHighlight('')).toEqual([]);
  });
});
