import { describe, expect, it } from 'vitest';
import { decodeUrnPart, formatUrn, InvalidUrnError, isUrn, parseUrn } from './urn.ts';

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
    [['dataset', 'postgres', 'db', 'shop.public.a,b'], 'urn:polder:dataset:(postgres,db,shop.public.a%2Cb)'],
    [['field', parseUrn(dataset), 'price (EUR)'], `urn:polder:field:(${dataset},price %28EUR%29)`],
    [['field', parseUrn(dataset), ' leading and trailing\t'], `urn:polder:field:(${dataset},%20leading and trailing%09)`],
    [['field', parseUrn(dataset), '\u3000'], `urn:polder:field:(${dataset},%E3%80%80)`],
    [['field', parseUrn(dataset), 'growth %'], `urn:polder:field:(${dataset},growth %)`],
  ] as const)('percent-encodes the reserved characters of %j, and white space at its ends, and nothing else', (args, expected) => {
    const [type, ...parts] = args;
    const urn = formatUrn(type, ...parts);
    expect(urn).toEqual(expected);
    const parsed = parseUrn(urn);
    expect(formatUrn(parsed.type, ...parsed.parts)).toEqual(urn);
    expect(decodeUrnPart(parsed.parts.at(-1) as string)).toEqual(parts.at(-1));
  });

  it.each([
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

describe('decodeUrnPart', () => {
  it('decodes only what formatUrn encodes, leaving a name\'s own percent signs', () => {
    expect(decodeUrnPart('price %28EUR%29')).toBe('price (EUR)');
    expect(decodeUrnPart('%20x%2Cy%09')).toBe(' x,y\t');
    expect(decodeUrnPart('growth %')).toBe('growth %');
    expect(decodeUrnPart('100%41')).toBe('100%41');
    expect(decodeUrnPart('%FF%28')).toBe('%FF%28');
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
