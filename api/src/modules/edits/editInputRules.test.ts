import { describe, expect, it } from 'vitest';
import { cleanLabels, cleanOwners, cleanText, cleanUrns, refuseCaseVariants } from './editInputRules.ts';

describe('cleanText', () => {
  it('trims, and turns blank into null (back to the source value)', () => {
    expect(cleanText('  Renters  ', 'input.description', 100)).toBe('Renters');
    expect(cleanText('   ', 'input.description', 100)).toBeNull();
    expect(cleanText(null, 'input.description', 100)).toBeNull();
  });

  it('keeps tabs and line breaks in text, and refuses other control characters, saying which and where', () => {
    expect(cleanText('Rented\tvehicles\r\nby branch', 'input.description', 100)).toBe('Rented\tvehicles\r\nby branch');
    expect(() => cleanText('a\u0000b', 'input.description', 100)).toThrow('description: must not contain control characters (U+0000 at character 2)');
    expect(() => cleanText('red \u001b[31m', 'input.comment', 100)).toThrow('comment: must not contain control characters (U+001B at character 5)');
    expect(() => cleanText('x\u0085', 'input.comment', 100)).toThrow('(U+0085 at character 2)');
  });

  it('keeps a one-line value to one line, without bidirectional overrides', () => {
    expect(cleanText('Ada Lovelace', 'input.owners[0].name', 100, 'one')).toBe('Ada Lovelace');
    expect(() => cleanText('Ada\nLovelace', 'input.owners[0].name', 100, 'one')).toThrow('owners[0].name: must not contain control characters (U+000A at character 4)');
    expect(() => cleanText('admin\u202Egnp.exe', 'input.name', 100, 'one')).toThrow('(U+202E at character 6)');
    expect(cleanText('مرحبا', 'input.name', 100, 'one')).toBe('مرحبا');
  });

  it('names the argument of a value too long', () => {
    expect(() => cleanText('x'.repeat(11), 'input.description', 10)).toThrow('description: at most 10 characters (got 11)');
  });
});

describe('cleanLabels', () => {
  it('de-duplicates and checks each label, naming the bad one', () => {
    expect(cleanLabels(['pii', ' pii ', 'gold'], 'input.tags', { maxItems: 5, maxLength: 10 })).toEqual(['pii', 'gold']);
    expect(() => cleanLabels(['ok', ''], 'input.tags', { maxItems: 5, maxLength: 10 })).toThrow('tags[1]: must be 1–10 characters');
    expect(() => cleanLabels(['ok', 'a\u0000b'], 'input.tags', { maxItems: 5, maxLength: 10 })).toThrow('tags[1]: must not contain control characters (U+0000 at character 2)');
    expect(() => cleanLabels(['a\tb'], 'input.agreedBy', { maxItems: 5, maxLength: 10 })).toThrow('agreedBy[0]: must not contain control characters (U+0009 at character 2)');
    expect(() => cleanLabels(['PII', 'pii'], 'input.tags', { maxItems: 5, maxLength: 10, ignoreCase: true })).toThrow('tags[1]: "pii" repeats "PII" (tags are compared ignoring case)');
    expect(cleanLabels(['PII', 'pii'], 'input.agreedBy', { maxItems: 5, maxLength: 10 })).toEqual(['PII', 'pii']);
    expect(() => cleanLabels(['pii'], 'input.classifications', { maxItems: 5, maxLength: 10, pattern: /^[A-Z]+$/, patternHint: 'must be upper-case' })).toThrow(
      'classifications[0]: "pii" must be upper-case',
    );
  });
});

describe('refuseCaseVariants', () => {
  it('refuses two spellings of one entry, naming the later one\'s position and both spellings', () => {
    expect(() => refuseCaseVariants(['PII', 'gold', 'pii'], 'input.tags', (tag) => tag)).toThrow('tags[2]: "pii" repeats "PII" (tags are compared ignoring case)');
    expect(() => refuseCaseVariants(['CRM', ' crm '], 'line 4.acronyms', (tag) => tag)).toThrow('line 4.acronyms[1]: "crm" repeats "CRM" (acronyms are compared ignoring case)');
  });

  it('takes the same spelling twice, and entries of another key (an owner of another type)', () => {
    expect(() => refuseCaseVariants(['pii', ' pii', 'gold'], 'input.tags', (tag) => tag)).not.toThrow();
    const owners = [{ name: 'Ana', type: 'TECHNICAL_OWNER' }, { name: 'ana', type: 'BUSINESS_OWNER' }];
    expect(() => refuseCaseVariants(owners, 'input.owners', (owner) => owner.name, (owner) => owner.type)).not.toThrow();
  });
});

describe('cleanOwners', () => {
  it('keeps the same name with the same type once, and with another type too', () => {
    const owners = [
      { name: 'ada', type: 'TECHNICAL_OWNER' },
      { name: ' ada ', type: 'TECHNICAL_OWNER' },
      { name: 'ada', type: 'BUSINESS_OWNER' },
      { name: 'ops', type: 'TECHNICAL_OWNER' },
    ];
    expect(cleanOwners(owners, 'input.owners')).toEqual({ names: ['ada', 'ada', 'ops'], types: ['TECHNICAL_OWNER', 'BUSINESS_OWNER', 'TECHNICAL_OWNER'], positions: [0, 2, 3] });
  });

  it('refuses one owner of one type in two spellings, and takes them as owners of two types', () => {
    expect(() => cleanOwners([{ name: 'ops', type: 'X' }, { name: 'Ada', type: 'X' }, { name: 'ADA', type: 'X' }], 'input.owners')).toThrow('owners[2]: "ADA" repeats "Ada" (owners are compared ignoring case)');
    expect(cleanOwners([{ name: 'Ada', type: 'X' }, { name: 'ada', type: 'Y' }], 'input.owners').names).toEqual(['Ada', 'ada']);
  });

  it('refuses an empty name or too many owners, naming the argument', () => {
    expect(() => cleanOwners([{ name: 'ada', type: 'X' }, { name: '  ', type: 'X' }], 'input.owners')).toThrow('owners[1].name: must not be empty');
    expect(() => cleanOwners(Array.from({ length: 51 }, (_, index) => ({ name: `p${index}`, type: 'X' })), 'input.owners')).toThrow('owners: at most 50 (got 51)');
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
