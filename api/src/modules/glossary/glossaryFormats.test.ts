import { describe, expect, it } from 'vitest';
import { CsvError } from './csv.ts';
import { parseDataHubGlossary } from './datahubGlossary.ts';
import { CSV_COLUMNS, glossaryFromCsv, glossaryToCsv } from './glossaryCsv.ts';
import { emptyEntry, type GlossaryEntry } from './glossaryEntry.ts';
import { GlossaryFileError, glossaryFromYaml, glossaryToYaml } from './glossaryYaml.ts';

const customer: GlossaryEntry = {
  ...emptyEntry('Customer'),
  definition: 'A person who *rents*, with "quotes", commas, and\na second line.',
  termStatus: 'APPROVED',
  synonyms: ['Client', 'Renter|Driver', 'back\\slash'],
  owners: ['ada'],
  reviewers: ['bob', 'carl'],
  classifications: ['PII'],
  columnPatterns: ['*_email', 'e?mail'],
  links: [{ label: 'Policy, v2', url: 'https://example.com/p?a=1&b=2' }],
  customProperties: [{ key: 'system', value: '{"json": true}' }],
  relations: [
    { kind: 'SEE_ALSO', target: 'Order', provenance: 'MANUAL', relationStatus: 'ACTIVE' },
    { kind: 'IS_A', target: 'Party', provenance: 'IMPORTED', relationStatus: 'PROPOSED' },
  ],
};
const order: GlossaryEntry = { ...emptyEntry('Order'), parent: 'Customer', examples: ['an order of 3 vans', ' spaced '] };
const party: GlossaryEntry = emptyEntry('party');

describe('glossaryToCsv / glossaryFromCsv', () => {
  it('round-trips every field', () => {
    const csv = glossaryToCsv([order, customer, party]);
    expect(glossaryFromCsv(csv).map((row) => row.entry)).toEqual(
      [customer, order, party].map((entry) => ({ ...entry, relations: [...entry.relations].sort((a, b) => a.kind.localeCompare(b.kind)) })),
    );
    expect(glossaryToCsv(glossaryFromCsv(csv).map((row) => row.entry))).toBe(csv);
  });

  it('names the line and column of what is missing or wrong', () => {
    expect(() => glossaryFromCsv('name,definition\r\nx,y\r\n')).toThrow(
      new CsvError('missing columns parent, termStatus, synonyms, acronyms, examples, owners, reviewers, classifications, columnPatterns, links, customProperties, relations', 1, 3),
    );
    const header = `${CSV_COLUMNS.join(',')}\r\n`;
    expect(() => glossaryFromCsv(`${header}A,,,DRAFT,,,,,,,,,,\r\nB,def,,DRAFT\r\n`)).toThrow('line 3, column 5: missing value for column "synonyms": the row has 4 fields, the header 14');
    expect(() => glossaryFromCsv(`${header}A,,,DONE,,,,,,,,,,\r\n`)).toThrow('line 2, column 4: termStatus: "DONE" is not DRAFT, IN_REVIEW, APPROVED, REJECTED or DEPRECATED');
    expect(() => glossaryFromCsv(`${header}A,,,DRAFT,,,,,,,,"[{""label"": 1}]",,\r\n`)).toThrow('line 2, column 12: links: expected [{"label": "...", "url": "..."}]');
  });
});

describe('glossaryToYaml / glossaryFromYaml', () => {
  it('round-trips every field', () => {
    const yaml = glossaryToYaml([customer, order, party]);
    expect(glossaryToYaml(glossaryFromYaml(yaml).map((row) => row.entry))).toBe(yaml);
    expect(glossaryFromYaml(yaml)[0]!.entry).toEqual({ ...customer, relations: [customer.relations[1], customer.relations[0]] });
  });

  it('names the term and field that is wrong', () => {
    expect(() => glossaryFromYaml('terms:\n  - name: A\n    synonyms: x\n')).toThrow(new GlossaryFileError('terms[0] ("A").synonyms: expected a list of text'));
  });
});

describe('parseDataHubGlossary', () => {
  it('turns nodes into parent terms and resolves inherits, contains and related terms by path', () => {
    const parsed = parseDataHubGlossary(`
version: "1"
source: DataHub
owners: {users: [mjames]}
nodes:
  - name: Classification
    description: Data classification
    terms:
      - name: Confidential
        description: Confidential Data
        custom_properties: {is_confidential: "true"}
  - name: PersonalInformation
    owners: {groups: [Trust and Safety]}
    terms:
      - name: Email
        description: An individual's email address
        inherits: [Classification.Confidential, Privacy.PII]
        related_terms: [PersonalInformation.Address]
        source_ref: FIBO
        source_url: https://example.com/email
        custom_properties:
          - is_used_for_compliance_tracking: "true"
      - name: Address
        owners: {users: ["urn:li:corpuser:njones"]}
        contains: [PersonalInformation.Email]
`);
    expect(parsed.entries.map((row) => row.entry)).toEqual([
      { ...emptyEntry('Classification'), definition: 'Data classification', owners: ['mjames'] },
      { ...emptyEntry('Confidential'), definition: 'Confidential Data', parent: 'Classification', owners: ['mjames'], customProperties: [{ key: 'is_confidential', value: 'true' }] },
      { ...emptyEntry('PersonalInformation'), owners: [] },
      {
        ...emptyEntry('Email'),
        definition: "An individual's email address",
        parent: 'PersonalInformation',
        owners: ['mjames'],
        links: [{ label: 'FIBO', url: 'https://example.com/email' }],
        customProperties: [{ key: 'is_used_for_compliance_tracking', value: 'true' }],
        relations: [
          { kind: 'IS_A', target: 'Confidential', provenance: 'IMPORTED', relationStatus: 'ACTIVE' },
          { kind: 'RELATED_TO', target: 'Address', provenance: 'IMPORTED', relationStatus: 'ACTIVE' },
        ],
      },
      { ...emptyEntry('Address'), parent: 'PersonalInformation', owners: ['njones'], relations: [{ kind: 'HAS_A', target: 'Email', provenance: 'IMPORTED', relationStatus: 'ACTIVE' }] },
    ]);
    expect(parsed.notes).toEqual([
      { name: 'PersonalInformation', reason: 'owner group "Trust and Safety" is not an account: left out' },
      { name: 'Email', reason: 'IS_A Privacy.PII: no such term in this file' },
    ]);
  });
});
