import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rootIssues } from './rootIssues.ts';

const connection = z
  .object({ database: z.string(), user: z.string(), passwordEnv: z.string().optional() })
  .strict()
  .superRefine((value, context) => {
    if (!value.passwordEnv) context.addIssue({ code: 'custom', message: 'names no password' });
  });

function rootsOf(value: unknown): Array<{ path: PropertyKey[]; message: string }> {
  const result = connection.safeParse(value, { reportInput: true });
  return rootIssues(result.error?.issues ?? []).map(({ path, message }) => ({ path, message }));
}

describe('rootIssues', () => {
  it('puts unknown keys first, and leaves out the missing key one of them misspells', () => {
    expect(rootsOf({ database: 1, usr: 'crawler', passwordEnv: 'PW' })).toEqual([
      { path: [], message: 'Unrecognized key: "usr"' },
      { path: ['database'], message: 'Invalid input: expected string, received number' },
    ]);
  });

  it('leaves out a rule across the keys of an object that has an unknown key: it was judged without it', () => {
    expect(rootsOf({ database: 'd', user: 'u', password_env: 'PW' })).toEqual([{ path: [], message: 'Unrecognized key: "password_env"' }]);
  });

  it('keeps a missing key that no unknown key is a misspelling of', () => {
    expect(rootsOf({ database: 'd', colour: 'red', passwordEnv: 'PW' })).toEqual([
      { path: [], message: 'Unrecognized key: "colour"' },
      { path: ['user'], message: 'Invalid input: expected string, received undefined' },
    ]);
  });
});
