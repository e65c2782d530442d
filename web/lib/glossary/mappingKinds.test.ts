import { describe, expect, it } from 'vitest';

import { isMappingKind, MAPPING_KINDS, mappingKindLabel, reversedMappingKind } from './mappingKinds';

describe('mappingKindLabel', () => {
  it('reads each kind between two senses, and an unknown one as it came', () => {
    expect([...MAPPING_KINDS, 'EXACT'].map(mappingKindLabel)).toEqual(['same as', 'broader than', 'narrower than', 'overlaps', 'EXACT']);
  });
});

describe('isMappingKind', () => {
  it('accepts the kinds only', () => {
    expect(['SAME_AS', 'OVERLAPS', 'overlaps', '', null].map(isMappingKind)).toEqual([true, true, false, false, false]);
  });
});

describe('reversedMappingKind', () => {
  it('swaps broader and narrower, and keeps the symmetric kinds', () => {
    expect(MAPPING_KINDS.map(reversedMappingKind)).toEqual(['SAME_AS', 'NARROWER', 'BROADER', 'OVERLAPS']);
  });
});
