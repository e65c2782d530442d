/**
 * An edit that would leave an entity as it is changes nothing: no new version, no audit entry,
 * nothing queued again. A form saved twice, or a tool applying its desired state on every run,
 * then leaves no "X → X" entries in the history, and what others read stays current.
 */
import { isDeepStrictEqual } from 'node:util';

/** Whether a stored value and a new one are the same; absent (null or undefined) is one value. */
export function sameValue(stored: unknown, next: unknown): boolean {
  return isDeepStrictEqual(stored ?? null, next ?? null);
}

/** Whether two lists of a relationship's targets name the same ones, in whatever order. */
export function sameMembers(stored: readonly string[], next: readonly string[]): boolean {
  const members = new Set(stored);
  const nextMembers = new Set(next);
  return members.size === nextMembers.size && [...nextMembers].every((member) => members.has(member));
}

/**
 * Whether parallel lists (owners and their ownership types, column by column) hold the same rows, in
 * whatever order. Absent lists (null: the source's value shows) differ from empty ones, as in `sameValue`.
 */
export function sameRows(stored: ReadonlyArray<readonly unknown[] | null | undefined>, next: ReadonlyArray<readonly unknown[] | null | undefined>): boolean {
  if ([...stored, ...next].some((column) => column == null)) return stored.length === next.length && stored.every((column, index) => sameValue(column, next[index]));
  const rows = (columns: ReadonlyArray<readonly unknown[] | null | undefined>) => columns[0]!.map((_, index) => JSON.stringify(columns.map((column) => column![index])));
  return sameMembers(rows(stored), rows(next));
}
