import { describe, expect, it } from 'vitest';
import { newAccountProblem } from './account.service.ts';

const valid = { username: 'ada', password: 'correct horse battery staple', roles: ['VIEWER'] };

describe('newAccountProblem', () => {
  it('takes a valid account, with or without a display name', () => {
    expect(newAccountProblem(valid)).toBeUndefined();
    expect(newAccountProblem({ ...valid, displayName: 'Ada Lovelace' })).toBeUndefined();
  });

  it('refuses a display name of many lines, with control characters, or too long', () => {
    expect(newAccountProblem({ ...valid, displayName: 'Ada\nAdmin' })).toBe('display name: must not contain control characters (U+000A at character 4)');
    expect(newAccountProblem({ ...valid, displayName: 'Ada\u001b[2J' })).toBe('display name: must not contain control characters (U+001B at character 4)');
    expect(newAccountProblem({ ...valid, displayName: 'x'.repeat(101) })).toBe('display name: at most 100 characters (got 101)');
  });
});
