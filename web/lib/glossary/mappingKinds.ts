import type { MappingKind } from '../api/schemaEnums';

/** The kinds of mapping between two senses, in the order a form offers them. */
export const MAPPING_KINDS: readonly MappingKind[] = ['SAME_AS', 'BROADER', 'NARROWER', 'OVERLAPS'];

const LABELS: Record<MappingKind, string> = {
  SAME_AS: 'same as',
  BROADER: 'broader than',
  NARROWER: 'narrower than',
  OVERLAPS: 'overlaps',
};

/** A mapping's kind as it reads between its two senses: "Rentals: Customer *broader than* Finance: Customer account". */
export function mappingKindLabel(kind: string): string {
  return LABELS[kind as MappingKind] ?? kind;
}

export function isMappingKind(value: unknown): value is MappingKind {
  return typeof value === 'string' && (MAPPING_KINDS as readonly string[]).includes(value);
}

/** The kind of the same mapping read the other way round: A broader than B is B narrower than A. */
export function reversedMappingKind(kind: MappingKind): MappingKind {
  switch (kind) {
    case 'BROADER':
      return 'NARROWER';
    case 'NARROWER':
      return 'BROADER';
    default:
      return kind;
  }
}
