import { describe, expect, it } from 'vitest';
import { loneSurrogateIn } from './wholeCharacters.ts';

describe('loneSurrogateIn', () => {
  it('finds half a pair, leading or trailing, anywhere in a value, and says where', () => {
    expect(loneSurrogateIn('cust\uD800omer', '$query')).toBe('$query: U+D800 at character 5');
    expect(loneSurrogateIn({ input: { tags: ['ok', 'x\uDC00'] } }, '$v')).toBe('$v.input.tags[1]: U+DC00 at character 2');
    expect(loneSurrogateIn({ ['k\uD83D']: 1 }, '$v')).toBe('$v (a key): U+D83D at character 2');
  });

  it('passes whole characters, pairs included, and values that are not text', () => {
    expect(loneSurrogateIn({ name: 'Zoë 😀 客户', count: 3, on: true, none: null, list: [] }, '$v')).toBeUndefined();
  });
});
