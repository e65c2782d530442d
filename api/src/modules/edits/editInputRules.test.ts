import { describe, expect, it } from 'vitest';
import { cleanLabels, cleanText, cleanUrns } from './editInputRules.ts';

describe('cleanText', () => {
  it('trims, and turns blank into null (back to the source value)', () => {
    expect(cleanText('  Renters  ', 'input.description', 100)).toBe('Renters');
    expect(cleanText('   ', 'input.description', 100)).toBeNull();
    expect(cleanText(null, 'input.description', 100)).toBeNull();
  });

  it('names the argument of a value too long', () => {
    expect(() => cleanText('x'.repeat(11), 'input.description', 10)).toThrow('description: at most 10 characters (got 11)');
  });
});

describe('cleanLabels', () => {
  it('de-duplicates and checks each label, naming the bad one', () => {
    expect(cleanLabels(['pii', ' pii ', 'gold'], 'input.tags', { maxItems: 5, maxLength: 10 })).toEqual(['pii', 'gold']);
    expect(() => cleanLabels(['ok', ''], 'input.tags', { maxItems: 5, maxLength: 10 })).toThrow('tags[1]: must be 1–10 characters');
    expect(() => cleanLabels(['pii'], 'input.classifications', { maxItems: 5, maxLength: 10, pattern: /^[A-Z]+$/, patternHint: 'must be upper-case' })).toThrow(
      'classifications[0]: "pii" must be upper-case',
    );
  });
});

describe('cleanUrns', () => {
  it('refuses a URN of another type, by position', () => {
    expect(() => cleanUrns(['urn:polder:glossaryTerm:customer', 'urn:polder:dataset:x'], 'input.termUrns', 'glossaryTerm', 5)).toThrow(
      'termUrns[1]: "urn:polder:dataset:x" is not a glossaryTerm URN',
    );
    expect(cleanUrns(['urn:polder:glossaryTerm:b', 'urn:polder:glossaryTerm:a', 'urn:polder:glossaryTerm:b'], 'input.termUrns', 'glossaryTerm', 5)).toEqual([
      'urn:polder:glossaryTerm:a',
      'urn:polder:glossaryTerm:b',
    ]);
  });
});
