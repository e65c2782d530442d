import { describe, expect, it } from 'vitest';
import { formatUrn, InvalidUrnError, isUrn, parseUrn } from './urn.ts';

const dataset = 'urn:polder:dataset:(postgres,rentals-db,rentals.public.customer)';

describe('formatUrn', () => {
  it.each([
    [['domain', 'rentals'], 'urn:polder:domain:rentals'],
    [['dataset', 'postgres', 'rentals-db', 'rentals.public.customer'], dataset],
    [['field', parseUrn(dataset), 'email'], `urn:polder:field:(${dataset},email)`],
    [['glossaryTerm', 'finance', 'Customer Account'], 'urn:polder:glossaryTerm:(finance,Customer Account)'],
  ] as const)('formats %j', (args, expected) => {
    const [type, ...parts] = args;
    expect(formatUrn(type, ...parts)).toEqual(expected);
  });

  it.each([
    [['dataset', 'postgres', 'db', 'a,b'], 'Part 3 of a dataset URN ("a,b") contains a reserved character: ",", "(" and ")" are not allowed'],
    [['dataset', 'postgres', 'db', 'f(x)'], 'Part 3 of a dataset URN ("f(x)") contains a reserved character: ",", "(" and ")" are not allowed'],
    [['domain', ''], 'Part 1 of a domain URN is empty'],
    [['domain'], 'A domain URN needs at least one id part'],
    [['table', 'x'], 'Unknown URN type "table"'],
  ] as const)('rejects %j', (args, message) => {
    const [type, ...parts] = args as unknown as [never, ...string[]];
    expect(() => formatUrn(type, ...parts)).toThrow(new InvalidUrnError(message));
  });
});

describe('parseUrn', () => {
  it.each([
    ['urn:polder:domain:rentals', { type: 'domain', parts: ['rentals'] }],
    [dataset, { type: 'dataset', parts: ['postgres', 'rentals-db', 'rentals.public.customer'] }],
    [
      `urn:polder:field:(${dataset},email)`,
      { type: 'field', parts: [{ type: 'dataset', parts: ['postgres', 'rentals-db', 'rentals.public.customer'] }, 'email'] },
    ],
  ])('parses %s', (text, expected) => {
    expect(parseUrn(text)).toEqual(expected);
  });

  it('round-trips through formatUrn', () => {
    const text = `urn:polder:field:(${dataset},email)`;
    const urn = parseUrn(text);
    expect(formatUrn(urn.type, ...urn.parts)).toEqual(text);
  });

  it.each([
    ['urn:other:domain:x', 'Invalid URN "urn:other:domain:x": expected "urn:polder:" at character 1'],
    ['urn:polder:table:x', 'Invalid URN "urn:polder:table:x": unknown type "table" (expected one of domain, dataProduct, source, dataset, field, job, run, glossaryTerm, polyseme, person, team, qualityCheck, checkResult, policy, policyFinding, change, incident, suggestion, profileRun, columnProfile) at character 12'],
    ['urn:polder:domain', 'Invalid URN "urn:polder:domain": expected "<type>:" after "urn:polder:" at character 12'],
    ['urn:polder:domain:', 'Invalid URN "urn:polder:domain:": empty id part at character 19'],
    ['urn:polder:dataset:(a,b', 'Invalid URN "urn:polder:dataset:(a,b": unclosed "(" at character 24'],
    ['urn:polder:dataset:(a,,b)', 'Invalid URN "urn:polder:dataset:(a,,b)": empty id part at character 23'],
    ['urn:polder:dataset:(a,b))', 'Invalid URN "urn:polder:dataset:(a,b))": unexpected ")" at character 25'],
    ["urn:polder:domain:x' OR 1=1 //)", 'Invalid URN "urn:polder:domain:x\' OR 1=1 //)": unexpected ")" at character 31'],
  ])('rejects %s', (text, message) => {
    expect(() => parseUrn(text)).toThrow(new InvalidUrnError(message));
  });
});

describe('isUrn', () => {
  it('checks form and, optionally, type', () => {
    expect(isUrn(dataset)).toBe(true);
    expect(isUrn(dataset, 'dataset')).toBe(true);
    expect(isUrn(dataset, 'field')).toBe(false);
    expect(isUrn('dataset')).toBe(false);
    expect(isUrn(42)).toBe(false);
  });
});
