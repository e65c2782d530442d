import type { OwnershipType } from '../api';

export const OWNERSHIP_TYPES: ReadonlyArray<{ type: OwnershipType; label: string }> = [
  { type: 'TECHNICAL_OWNER', label: 'Technical owner' },
  { type: 'BUSINESS_OWNER', label: 'Business owner' },
  { type: 'DATA_STEWARD', label: 'Data steward' },
];

/**
 * The owners an owners form lists: rows of `ownerName` and `ownerType`
 * fields, in order (FormData keeps repeated names in document order). A row
 * left blank is dropped, so the form can always offer an empty row to add
 * one; an unknown type falls back to technical owner, the API's default.
 */
export function parseOwnerRows(names: string[], types: string[]): Array<{ name: string; type: OwnershipType }> {
  const known = new Set<string>(OWNERSHIP_TYPES.map((option) => option.type));
  return names.flatMap((raw, index) => {
    const name = raw.trim();
    if (name === '') return [];
    const type = types[index] ?? '';
    return [{ name, type: (known.has(type) ? type : 'TECHNICAL_OWNER') as OwnershipType }];
  });
}
