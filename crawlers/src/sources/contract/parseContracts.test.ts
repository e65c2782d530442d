import { describe, expect, it } from 'vitest';
import { ContractError } from './ContractError.ts';
import { parseContracts } from './parseContracts.ts';

/** The five keys every contract needs, then `rest`, which starts on line 6. */
const contract = (rest = '', id = 'orders') => `apiVersion: v3.1.0
kind: DataContract
id: ${id}
version: 1.0.0
status: active
${rest}`;

const failure = (files: Array<{ name: string; text: string }>): ContractError => {
  try {
    parseContracts(files);
  } catch (error) {
    if (error instanceof ContractError) return error;
    throw error;
  }
  throw new Error('expected a ContractError');
};

const messageOf = (text: string, name = 'orders.odcs.yaml') => failure([{ name, text }]).message;

describe('parseContracts', () => {
  it('returns each valid contract with the file it was read from', () => {
    const text = contract(`schema:
  - name: orders
    physicalName: orders_v2
    properties:
      - name: id
        logicalType: integer
        required: true
`);
    expect(parseContracts([{ name: 'orders.odcs.yaml', text }])).toEqual([
      {
        file: 'orders.odcs.yaml',
        contract: {
          apiVersion: 'v3.1.0',
          kind: 'DataContract',
          id: 'orders',
          version: '1.0.0',
          status: 'active',
          schema: [{ name: 'orders', physicalName: 'orders_v2', properties: [{ name: 'id', logicalType: 'integer', required: true }] }],
        },
      },
    ]);
  });

  it('reads YAML 1.2, where a date and a time of day stay strings', () => {
    const [parsed] = parseContracts([{ name: 'a.odcs.yaml', text: contract('contractCreatedTs: 2022-11-15T02:59:43+00:00\nslaProperties:\n  - { property: timeOfAvailability, value: 09:00 }\n') }]);
    expect(parsed!.contract).toMatchObject({ contractCreatedTs: '2022-11-15T02:59:43+00:00', slaProperties: [{ property: 'timeOfAvailability', value: '09:00' }] });
  });

  it('reports every violation with its file, line:column and JSON pointer', () => {
    const text = `apiVersion: v3.1.0
kind: DataContract
id: orders
status: active
schema:
  - name: orders
    properties:
      - name: id
        logicalType: uuid
      - logicalType: string
`;
    const error = failure([{ name: 'contracts/orders.odcs.yaml', text }]);
    expect(error.message).toBe(
      [
        '3 violations in 1 contract:',
        '  contracts/orders.odcs.yaml:1:1 /version is required',
        '  contracts/orders.odcs.yaml:9:9 /schema/0/properties/0/logicalType must be equal to one of the allowed values (string, date, timestamp, time, number, integer, object, array, boolean)',
        '  contracts/orders.odcs.yaml:10:9 /schema/0/properties/1/name is required',
      ].join('\n'),
    );
    expect(error.violations[1]).toEqual({
      file: 'contracts/orders.odcs.yaml',
      line: 9,
      column: 9,
      pointer: '/schema/0/properties/0/logicalType',
      message: 'must be equal to one of the allowed values (string, date, timestamp, time, number, integer, object, array, boolean)',
    });
  });

  it('points at the key of a property it does not know', () => {
    expect(messageOf(contract('schema:\n  - name: orders\n    colour: blue\n'))).toBe('1 violation in 1 contract:\n  orders.odcs.yaml:8:5 /schema/0/colour is not allowed here');
  });

  it("reports what a server of its type lacks, not that the keys it has are unknown", () => {
    // The postgres branch fails for want of host, database and schema; ajv then also calls `port` unevaluated.
    expect(messageOf(contract('servers:\n  - server: prod\n    type: postgres\n    port: 5432\n'))).toBe(
      [
        '3 violations in 1 contract:',
        '  orders.odcs.yaml:7:5 /servers/0/database is required',
        '  orders.odcs.yaml:7:5 /servers/0/host is required',
        '  orders.odcs.yaml:7:5 /servers/0/schema is required',
      ].join('\n'),
    );
  });

  it('names the operators a quality rule needs once, rather than one per operator', () => {
    const text = contract(`schema:
  - name: orders
    quality:
      - metric: rowCount
      - metric: nullCount
        mustBe: 0
      - type: sql
        mustBe: 0
`);
    expect(messageOf(text)).toBe(
      [
        '3 violations in 1 contract:',
        '  orders.odcs.yaml:9:9 /schema/0/quality/0 must have exactly one of mustBe, mustNotBe, mustBeGreaterThan, mustBeGreaterOrEqualTo, mustBeLessThan, mustBeLessOrEqualTo, mustBeBetween, mustNotBeBetween',
        '  orders.odcs.yaml:10:9 /schema/0/quality/1/metric must be equal to one of the allowed values (nullValues, missingValues, invalidValues, duplicateValues, rowCount)',
        '  orders.odcs.yaml:12:9 /schema/0/quality/2/query is required',
      ].join('\n'),
    );
  });

  it('reports the errors of the alternative of the value’s type, or the types it may have', () => {
    const text = contract(`team:
  - name: Ana
slaProperties:
  - property: latency
    value: { hours: 4 }
`);
    expect(messageOf(text)).toBe(
      [
        '2 violations in 1 contract:',
        '  orders.odcs.yaml:7:5 /team/0/username is required',
        '  orders.odcs.yaml:10:5 /slaProperties/0/value must be string, number, integer, boolean or null',
      ].join('\n'),
    );
    expect(messageOf(contract('team: data-team\n'))).toBe('1 violation in 1 contract:\n  orders.odcs.yaml:6:1 /team must be object or array');
  });

  it('reports unreadable YAML where it is, and does not validate what it could not read', () => {
    expect(messageOf(contract('schema:\n  - name: orders\n  - name: orders\n    name: lines\n'))).toBe('1 violation in 1 contract:\n  orders.odcs.yaml:9:5 Map keys must be unique');
  });

  it('refuses a second document, and a tag it cannot resolve, in words a contract author reads', () => {
    expect(messageOf(contract('description: { purpose: !secret orders }\n---\nid: other\n'))).toBe(
      [
        '2 violations in 1 contract:',
        '  orders.odcs.yaml:6:25 Unresolved tag: !secret: Polder reads plain YAML values only (text, numbers, booleans, lists and mappings)',
        '  orders.odcs.yaml:7:1 a second YAML document starts here (after `---`): a contract file holds one contract; put each in a file of its own',
      ].join('\n'),
    );
  });

  it('refuses aliases that expand beyond reason', () => {
    // a is 9 x, b is 9 a, ... i is 9 h: 9^9 values from nine lines.
    const letters = [...'abcdefghi'];
    const laughs = letters.map((name, index) => `${name}: &${name} [${Array(9).fill(index === 0 ? 'x' : `*${letters[index - 1]}`).join(', ')}]`);
    expect(messageOf(laughs.join('\n'))).toBe('1 violation in 1 contract:\n  orders.odcs.yaml:1:1 Excessive alias count indicates a resource exhaustion attack');
  });

  it('refuses a file that holds no mapping', () => {
    expect(messageOf('')).toBe('1 violation in 1 contract:\n  orders.odcs.yaml:1:1 must be object');
  });

  it('refuses names that would key two things alike: objects, fields (nested ones by path) and quality rule ids', () => {
    const text = contract(`schema:
  - name: orders
    properties:
      - name: address
        logicalType: object
        properties:
          - name: street
      - name: address.street
        quality:
          - { id: no_nulls, metric: nullValues, mustBe: 0 }
          - { id: no_nulls, metric: rowCount, mustBeGreaterThan: 0 }
  - name: orders
`);
    expect(messageOf(text)).toBe(
      [
        '3 violations in 1 contract:',
        '  orders.odcs.yaml:13:9 /schema/0/properties/1/name "address.street" is already used by /schema/0/properties/0/properties/0',
        '  orders.odcs.yaml:16:15 /schema/0/properties/1/quality/1/id "no_nulls" is already used by /schema/0/properties/1/quality/0',
        '  orders.odcs.yaml:17:5 /schema/1/name "orders" is already used by /schema/0',
      ].join('\n'),
    );
  });

  it('keys names holding what a URN reserves (encoded in it), and refuses a name too long to key, rather than mapping the contract without what it keys', () => {
    const reserved = contract(
      `schema:
  - name: orders (v2)
    properties:
      - name: "amount, net"
  - name: " lines"
`,
      'orders,v2',
    );
    expect(parseContracts([{ name: 'orders.odcs.yaml', text: reserved }])[0]!.contract.schema!.map((object) => object.name)).toEqual(['orders (v2)', ' lines']);
    const long = 'x'.repeat(2100);
    expect(messageOf(contract(`schema:\n  - name: ${long}\n`))).toBe(
      ['1 violation in 1 contract:', `  orders.odcs.yaml:7:5 /schema/0/name "${long}" cannot key a dataset: a name Polder keys by may not be empty, nor make a URN longer than 2,048 characters`].join('\n'),
    );
  });

  it('refuses a range written largest first, and a threshold that is no finite number', () => {
    const text = contract(`schema:
  - name: orders
    quality:
      - { metric: rowCount, mustBeBetween: [10, 1] }
      - { metric: rowCount, mustBeBetween: [1, 10] }
    properties:
      - name: id
        quality:
          - { metric: nullValues, mustBe: .nan }
          - { metric: nullValues, mustNotBeBetween: [5, 0] }
`);
    expect(messageOf(text)).toBe(
      [
        '3 violations in 1 contract:',
        '  orders.odcs.yaml:9:29 /schema/0/quality/0/mustBeBetween [10, 1] is an empty range: write the smaller bound first ([1, 10])',
        '  orders.odcs.yaml:14:35 /schema/0/properties/0/quality/0/mustBe .nan is not a finite number',
        '  orders.odcs.yaml:15:35 /schema/0/properties/0/quality/1/mustNotBeBetween [5, 0] is an empty range: write the smaller bound first ([0, 5])',
      ].join('\n'),
    );
  });

  it('lists the violations of every file, and refuses a contract id used by two files', () => {
    const error = failure([
      { name: 'a.odcs.yaml', text: contract() },
      { name: 'b.odcs.yaml', text: contract('tags: finance\n') },
      { name: 'c.odcs.yaml', text: contract() },
    ]);
    expect(error.message).toBe(
      ['2 violations in 2 contracts:', '  b.odcs.yaml:6:1 /tags must be array', '  c.odcs.yaml:3:1 /id "orders" is already used by a.odcs.yaml'].join('\n'),
    );
  });
});
