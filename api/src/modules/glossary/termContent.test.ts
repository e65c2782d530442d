import { describe, expect, it } from 'vitest';
import { changedContent, checkTermContent, CONTENT_FIELDS, type TermContent } from './termContent.ts';

const content: TermContent = {
  name: 'Customer',
  definition: 'Someone who rents.\n\n\tIndented, in markdown.',
  synonyms: ['Renter'],
  acronyms: [],
  examples: ['SELECT *\nFROM customer'],
  owners: [],
  reviewers: [],
  classifications: ['PII'],
  columnPatterns: [],
  links: [{ label: 'Wiki', url: 'https://wiki.example/customer' }],
  customProperties: [{ key: 'source', value: 'line one\nline two' }],
};

describe('checkTermContent', () => {
  it('keeps line breaks and tabs where text may have lines: the definition, examples, property values', () => {
    expect(checkTermContent(content)).toMatchObject({ definition: content.definition, examples: content.examples, customProperties: content.customProperties });
  });

  it('refuses control characters, and line breaks in what is one line, naming the field and the character', () => {
    const refused = (change: Partial<TermContent>) => () => checkTermContent({ ...content, ...change }, 'line 3');
    expect(refused({ name: 'Cust\nomer' })).toThrow('line 3.name: must not contain control characters (U+000A at character 5)');
    expect(refused({ synonyms: ['Renter', 'Hirer\u001b[0m'] })).toThrow('line 3.synonyms[1]: must not contain control characters (U+001B at character 6)');
    expect(refused({ definition: 'Someone\u0000' })).toThrow('line 3.definition: must not contain control characters (U+0000 at character 8)');
    expect(refused({ links: [{ label: 'Wi\tki', url: 'https://wiki.example' }] })).toThrow('line 3.links[0].label: must not contain control characters (U+0009 at character 3)');
    expect(refused({ customProperties: [{ key: 'so\u202Eurce', value: 'x' }] })).toThrow('line 3.customProperties[0].key: must not contain control characters (U+202E at character 3)');
  });
});

describe('checkTermContent, two spellings of one entry', () => {
  const refused = (change: Partial<TermContent>) => () => checkTermContent({ ...content, ...change }, 'line 3');

  it('refuses them in the lists matched ignoring case: synonyms, acronyms, owners, column patterns', () => {
    expect(refused({ synonyms: ['Renter', 'Driver', 'renter'] })).toThrow('line 3.synonyms[2]: "renter" repeats "Renter" (synonyms are compared ignoring case)');
    expect(refused({ acronyms: ['CRM', 'crm'] })).toThrow('line 3.acronyms[1]: "crm" repeats "CRM" (acronyms are compared ignoring case)');
    expect(refused({ owners: ['sam', 'Sam'] })).toThrow('line 3.owners[1]: "Sam" repeats "sam" (owners are compared ignoring case)');
    expect(refused({ columnPatterns: ['*_email', '*_EMAIL'] })).toThrow('line 3.columnPatterns[1]: "*_EMAIL" repeats "*_email" (columnPatterns are compared ignoring case)');
  });

  it('keeps examples as written, where case is content, and the same spelling twice once', () => {
    const checked = checkTermContent({ ...content, examples: ['NL', 'nl'], synonyms: ['Renter', 'Renter'] });
    expect([checked.examples, checked.synonyms]).toEqual([['NL', 'nl'], ['Renter']]);
  });

  it('refuses a synonym or acronym that is the term\'s own name, in any case', () => {
    expect(refused({ synonyms: ['Renter', 'customer'] })).toThrow('line 3.synonyms[1]: "customer" is the term\'s own name ("Customer"), not another name for it');
    expect(refused({ name: 'KPI', acronyms: ['kpi'] })).toThrow('line 3.acronyms[0]: "kpi" is the term\'s own name ("KPI"), not another name for it');
  });
});

describe('changedContent', () => {
  it('takes lists of words in another order as no change', () => {
    const reordered = { ...content, synonyms: ['Driver', 'Renter'], owners: ['bob', 'ada'] };
    expect(changedContent({ ...content, synonyms: ['Renter', 'Driver'], owners: ['ada', 'bob'] }, reordered, CONTENT_FIELDS)).toEqual([]);
  });

  it('names the fields that changed, links and custom properties in order as written', () => {
    const links = [...content.links, { label: 'Spec', url: 'https://spec.example' }];
    const after = { ...content, synonyms: ['Renter', 'Driver'], definition: null, links: [...links].reverse() };
    expect(changedContent({ ...content, links }, after, CONTENT_FIELDS)).toEqual(['definition', 'synonyms', 'links']);
  });
});
