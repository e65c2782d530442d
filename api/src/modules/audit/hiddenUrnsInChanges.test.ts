import { describe, expect, it } from 'vitest';
import { urnsInChangeValues, withoutHiddenUrns } from './hiddenUrnsInChanges.ts';

const PORT = 'urn:polder:dataset:(sqlite,s,main.summary)';
const LEDGER = 'urn:polder:dataset:(sqlite,s,main.ledger)';
const FIELD = `urn:polder:field:(${LEDGER},amount)`;

describe('urnsInChangeValues', () => {
  it('finds the URNs at any depth, keys included, once each, and nothing else', () => {
    expect(urnsInChangeValues([`{"outputPorts":["${PORT}","${LEDGER}"],"owners":["ada"]}`, `{"identity":{"${FIELD}":true,"at":"${PORT}"},"n":3}`])).toEqual([PORT, LEDGER, FIELD]);
    expect(urnsInChangeValues(['{}', '{"description":"urn: not one"}'])).toEqual([]);
  });
});

describe('withoutHiddenUrns', () => {
  it('replaces each hidden URN, keeping the lists\' lengths and the visible URNs', () => {
    expect(withoutHiddenUrns(`{"outputPorts":["${PORT}","${LEDGER}"],"identity":{"${FIELD}":true}}`, new Set([LEDGER, FIELD]))).toBe(
      `{"outputPorts":["${PORT}","not visible to you"],"identity":{"not visible to you":true}}`,
    );
  });

  it('returns the text as stored when it names nothing hidden', () => {
    const text = `{ "outputPorts": ["${PORT}"] }`;
    expect(withoutHiddenUrns(text, new Set([LEDGER]))).toBe(text);
    expect(withoutHiddenUrns(text, new Set())).toBe(text);
  });
});
