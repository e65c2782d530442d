import type { MappingKind } from '../api/schemaEnums';

import { reversedMappingKind } from './mappingKinds';

interface StoredMapping {
  from: { urn: string };
  to: { urn: string };
  kind: MappingKind;
  rule: string;
  agreedBy: string[];
}

/**
 * The mapping two senses have, read from `fromUrn` to `toUrn`, or null. A pair
 * has one mapping whichever way it was stated (setSenseMapping replaces it), so
 * one stated the other way round is found too, its kind reversed: the form that
 * changes it then starts from what is stored, not from a blank.
 */
export function mappingBetween(mappings: readonly StoredMapping[], fromUrn: string, toUrn: string): { kind: MappingKind; rule: string; agreedBy: string[] } | null {
  for (const mapping of mappings) {
    const { kind, rule, agreedBy } = mapping;
    if (mapping.from.urn === fromUrn && mapping.to.urn === toUrn) return { kind, rule, agreedBy };
    if (mapping.from.urn === toUrn && mapping.to.urn === fromUrn) return { kind: reversedMappingKind(kind), rule, agreedBy };
  }
  return null;
}
