import { describe, expect, it } from 'vitest';
import { scopesHeld } from './ApiToken.ts';

describe('scopesHeld', () => {
  it('gives READ with WRITE, since every change answers with what it changed', () => {
    expect(scopesHeld(['WRITE'])).toEqual(['READ', 'WRITE']);
  });

  it('keeps what was given otherwise, in one order and once', () => {
    expect(scopesHeld(['READ'])).toEqual(['READ']);
    expect(scopesHeld(['WRITE', 'READ', 'WRITE'])).toEqual(['READ', 'WRITE']);
    expect(scopesHeld([])).toEqual([]);
  });
});
