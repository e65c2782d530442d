/** One changed field between two versions, values as JSON. */
export interface FieldDiff {
  field: string;
  before: string | null;
  after: string | null;
}

/**
 * What changed between two snapshots of an entity (the `before`/`after` JSON of
 * an audit entry): the fields whose values differ, by name. A field absent on
 * one side is null there.
 */
export function diffVersions(before: Record<string, unknown>, after: Record<string, unknown>): FieldDiff[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return fields.flatMap((field) => {
    const was = field in before && before[field] !== null ? JSON.stringify(before[field]) : null;
    const is = field in after && after[field] !== null ? JSON.stringify(after[field]) : null;
    return was === is ? [] : [{ field, before: was, after: is }];
  });
}
