/**
 * The merge rule of deltas, per property: the fact with the greater version
 * wins; at equal versions, the greater value (as JSON) wins. That makes merging
 * commutative, associative and idempotent, which is what lets pushed events
 * arrive in any order, or twice, and leave the same graph. The tie-break is
 * arbitrary but fixed: what matters is that every order picks the same value.
 */
import type { PropertyValue } from '@polder/graph-schema';

export interface VersionedValue {
  value: PropertyValue;
  version: string;
}

export function wins(challenger: VersionedValue, holder: VersionedValue | undefined): boolean {
  if (!holder) return true;
  if (challenger.version !== holder.version) return challenger.version > holder.version;
  return JSON.stringify(challenger.value) > JSON.stringify(holder.value);
}
