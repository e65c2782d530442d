import { describe, expect, it } from 'vitest';
import { contentHash } from './contentHash.ts';

describe('contentHash', () => {
  it('hashes no properties as before the shortcut, whether absent, empty or all null', () => {
    // The digest of `[]`: what earlier runs stored on every property-less edge.
    expect([contentHash(), contentHash({}), contentHash({ description: null })]).toEqual(['l9Fw4VUO7kr8CvBlt4zaMCqXZ0w', 'l9Fw4VUO7kr8CvBlt4zaMCqXZ0w', 'l9Fw4VUO7kr8CvBlt4zaMCqXZ0w']);
  });

  it('ignores key order and null values', () => {
    expect(contentHash({ b: 'x', a: 1, c: null })).toEqual('9XPxomaUQYCnKgs9qikxp02mqNU');
    expect(contentHash({ a: 1, b: 'x' })).toEqual('9XPxomaUQYCnKgs9qikxp02mqNU');
  });
});
