/**
 * Optimistic concurrency, the same for every edit: a write names the version it read, and one that
 * does not match the current version changes nothing and answers CONFLICT with `currentVersion`.
 */
import { apiError } from '../../errors.ts';

export function assertVersion(urn: string, current: number, expected: number): void {
  if (current === expected) return;
  const named = urn.slice(0, 200);
  // A version ahead of the current one was never read: a caller's mistake, said as such, not someone else's edit.
  const message =
    expected > current
      ? `${named} is at version ${current}, not ${expected}: send the version you read`
      : `${named} changed since you read it (you had version ${expected}, it is now ${current}); reload and apply your edit again`;
  throw apiError('CONFLICT', message, { currentVersion: current });
}
