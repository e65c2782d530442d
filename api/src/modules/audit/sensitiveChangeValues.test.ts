import { describe, expect, it } from 'vitest';
import { maskedValues, termUrnsIn } from './sensitiveChangeValues.ts';

const EMAIL = 'urn:polder:glossaryTerm:(,email-address)';
const RENTAL = 'urn:polder:glossaryTerm:(rentals,rental)';

describe('termUrnsIn', () => {
  it('finds the term URNs of an edit of terms and of a term suggestion, once each', () => {
    expect(termUrnsIn({ terms: [EMAIL, RENTAL] })).toEqual([EMAIL, RENTAL]);
    expect(termUrnsIn({ suggestedTerm: EMAIL, suggestionStatus: 'PENDING', terms: [EMAIL] })).toEqual([EMAIL]);
    expect(termUrnsIn({ description: 'x', owners: ['ada'] })).toEqual([]);
  });
});

describe('maskedValues', () => {
  it('nulls the sensitive keys, leaves classified terms out of lists and nulls one standing alone', () => {
    expect(maskedValues({ classifications: ['PII'], description: 'kept' }, ['classifications'], new Set())).toEqual({ classifications: null, description: 'kept' });
    expect(maskedValues({ terms: [EMAIL, RENTAL] }, [], new Set([EMAIL]))).toEqual({ terms: [RENTAL] });
    expect(maskedValues({ suggestedTerm: EMAIL, suggestionStatus: 'REJECTED' }, [], new Set([EMAIL]))).toEqual({ suggestedTerm: null, suggestionStatus: 'REJECTED' });
  });

  it('changes nothing when no value is sensitive', () => {
    const values = { terms: [RENTAL], suggestedTerm: RENTAL };
    expect(maskedValues(values, [], new Set([EMAIL]))).toEqual(values);
  });
});
