import { describe, expect, it } from 'vitest';
import { CsvError } from './csv.ts';
import { parseDataHubGlossary } from './datahubGlossary.ts';
import { CSV_COLUMNS, glossaryFromCsv, glossaryToCsv } from './glossaryCsv.ts';
import { emptyEntry, patched, type EntryPatch, type GlossaryEntry } from './glossaryEntry.ts';
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
/** Parsed rows as whole entries: what a file leaves out, as a new term has it. */
const whole = (rows: Array<{ entry: EntryPatch }>) => rows.map(({ entry }) => patched(emptyEntry(entry.name), entry));

describe('glossaryToCsv / glossaryFromCsv', () => {
  it('round-trips every field', () => {
    const csv = glossaryToCsv([order, customer, party]);
    expect(whole(glossaryFromCsv(csv))).toEqual(
      [customer, order, party].map((entry) => ({ ...entry, relations: [...entry.relations].sort((a, b) => a.kind.localeCompare(b.kind)) })),
    );
    expect(glossaryToCsv(whole(glossaryFromCsv(csv)))).toBe(csv);
  });

  it('states every field but an empty termStatus, which leaves the term\'s status as it is', () => {
    const header = `${CSV_COLUMNS.join(',')}\r\n`;
    const [row] = glossaryFromCsv(`${header}A,,,,,,,,,,,,,\r\n`);
    expect(row!.entry).toEqual({ name: 'A', definition: null, parent: null, synonyms: [], acronyms: [], examples: [], owners: [], reviewers: [], classifications: [], columnPatterns: [], links: [], customProperties: [], relations: [] });
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
    expect(glossaryToYaml(whole(glossaryFromYaml(yaml)))).toBe(yaml);
    expect(glossaryFromYaml(yaml)[0]!.entry).toEqual({ ...customer, relations: [customer.relations[1], customer.relations[0]] });
  });

  it('writes every field, empty ones too, so that importing an export sets each term to what was exported', () => {
    expect(glossaryToYaml([party])).toBe(
      'version: 1\nterms:\n  - name: party\n    definition: null\n    parent: null\n    termStatus: DRAFT\n    synonyms: []\n    acronyms: []\n    examples: []\n' +
        '    owners: []\n    reviewers: []\n    classifications: []\n    columnPatterns: []\n    links: []\n    customProperties: []\n    relations: []\n',
    );
  });

  it('states only the fields a term gives: one left out is left as the term has it, one given empty clears it', () => {
    expect(glossaryFromYaml('terms:\n  - name: Pipe\n    definition: new def only\n')).toEqual([{ line: 2, entry: { name: 'Pipe', definition: 'new def only' } }]);
    expect(glossaryFromYaml('version: 1\nterms:\n  - {name: Pipe, definition: null, parent: "", synonyms: [], owners: null, links: [], termStatus: null}\n')).toEqual([
      { line: 3, entry: { name: 'Pipe', definition: null, parent: null, synonyms: [], owners: [], links: [] } },
    ]);
  });

  it('refuses an unknown key, naming it, its term and line, and the key it is closest to', () => {
    const file = 'version: 1\nterms:\n  - name: Walk Y2\n    defintion: typo here\n    synonym: [x]\n';
    expect(() => glossaryFromYaml(file)).toThrow(new GlossaryFileError('terms[0] ("Walk Y2"): unknown key "defintion" (did you mean "definition"?)', 4));
    expect(() => glossaryFromYaml('terms:\n  - name: A\n    colour: red\n')).toThrow(
      'line 3: terms[0] ("A"): unknown key "colour" (a term\'s keys are name, definition, parent, termStatus, synonyms, acronyms, examples, owners, reviewers, classifications, columnPatterns, links, customProperties, relations)',
    );
    expect(() => glossaryFromYaml('terms:\n  - name: A\n    links:\n      - {label: L, url: "https://x", lable: M}\n')).toThrow(
      'line 4: terms[0] ("A").links[0]: unknown key "lable" (did you mean "label"?)',
    );
    expect(() => glossaryFromYaml('version: 1\nterm: []\n')).toThrow('line 2: unknown key "term" (did you mean "terms"?)');
    expect(() => glossaryFromYaml('version: 1\nnodes: []\n')).toThrow('line 2: unknown key "nodes" (a DataHub business_glossary.yml imports with format DATAHUB_YAML)');
  });

  it('reads version 1, or a file without a version as version 1, and refuses another', () => {
    expect(glossaryFromYaml('version: 1\nterms: [{name: A}]\n')).toEqual(glossaryFromYaml('terms: [{name: A}]\n').map((row) => ({ ...row, line: 2 })));
    expect(() => glossaryFromYaml('version: 99\nterms: []\n')).toThrow(new GlossaryFileError('version 99 is not supported (supported: 1)', 1));
  });

  it('names the term and field that is wrong', () => {
    expect(() => glossaryFromYaml('terms:\n  - name: A\n    synonyms: x\n')).toThrow(new GlossaryFileError('terms[0] ("A").synonyms: expected a list of text', 3));
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
    // Only what the file has keys for: a Polder term's synonyms, reviewers and status are left as they are.
    expect(parsed.entries.map((row) => row.entry)).toEqual([
      { name: 'Classification', parent: null, definition: 'Data classification', owners: ['mjames'] },
      { name: 'Confidential', definition: 'Confidential Data', parent: 'Classification', owners: ['mjames'], customProperties: [{ key: 'is_confidential', value: 'true' }] },
      { name: 'PersonalInformation', parent: null, owners: [] },
      {
        name: 'Email',
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
      { name: 'Address', parent: 'PersonalInformation', owners: ['njones'], relations: [{ kind: 'HAS_A', target: 'Email', provenance: 'IMPORTED', relationStatus: 'ACTIVE' }] },
    ]);
    expect(parsed.notes).toEqual([
      { name: 'PersonalInformation', reason: 'owner group "Trust and Safety" is not an account: left out' },
      { name: 'Email', reason: 'IS_A Privacy.PII: no such term in this file' },
    ]);
  });
});
