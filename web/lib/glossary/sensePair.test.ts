import { describe, expect, it } from 'vitest';

import { readSensePair, sensePairValue } from './sensePair';

const FROM = 'urn:polder:glossaryTerm:(rentals,customer)';
const TO = 'urn:polder:glossaryTerm:(finance,customer-account)';

describe('sensePairValue', () => {
  it('is read back as the same pair, in its order', () => {
    expect(readSensePair(sensePairValue(FROM, TO))).toEqual({ fromUrn: FROM, toUrn: TO });
  });
});

describe('readSensePair', () => {
  it('is null for anything but two URNs', () => {
    expect([null, '', 'x', '[]', `["${FROM}"]`, `["${FROM}",""]`, `["${FROM}",1]`, `["${FROM}","${TO}","x"]`, '{"fromUrn":"a","toUrn":"b"}'].map(readSensePair)).toEqual(
      Array(9).fill(null),
    );
  });
});
