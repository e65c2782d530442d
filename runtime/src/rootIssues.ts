import type { z } from 'zod';
import { closestName } from './closestName.ts';

/**
 * The problems of a validation worth reading, causes first: unknown keys lead, and a problem that
 * only follows from one is left out. A misspelt required key (`target_dir` for `targetDir`) is one
 * mistake, not "unknown key" plus "targetDir is required"; and a rule across the keys of an object
 * ("names no password") was judged without the key that was misspelt, so it waits until that is fixed.
 *
 * Needs the issues' inputs (`safeParse(value, { reportInput: true })`): a missing key is one whose
 * input is undefined.
 */
export function rootIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const unknownKeys = issues.filter((issue) => issue.code === 'unrecognized_keys');
  const unknownKeysAt = (path: readonly PropertyKey[]) => unknownKeys.find((unknown) => samePath(unknown.path, path))?.keys ?? [];
  const followsFromUnknownKey = (issue: z.core.$ZodIssue) => {
    if (issue.code === 'custom') return unknownKeysAt(issue.path).length > 0;
    // A key left out: whatever it should have been (a string, one of an enum's values), it was given nothing.
    if (issue.input !== undefined || issue.path.length === 0) return false;
    const key = String(issue.path.at(-1));
    return unknownKeysAt(issue.path.slice(0, -1)).some((written) => closestName(written, [key]) === key);
  };
  return [...unknownKeys, ...issues.filter((issue) => issue.code !== 'unrecognized_keys' && !followsFromUnknownKey(issue))];
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}
