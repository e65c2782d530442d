import { describe, expect, it } from 'vitest';
import { accountChangesProblem, newAccountProblem } from './account.service.ts';

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

describe('accountChangesProblem', () => {
  it('takes any one part, or several', () => {
    expect(accountChangesProblem({ roles: ['STEWARD', 'COUNCIL'] })).toBeUndefined();
    expect(accountChangesProblem({ domains: [] })).toBeUndefined();
    expect(accountChangesProblem({ displayName: '' })).toBeUndefined();
    // The domains a DOMAIN_OWNER needs depend on the account's: AccountService.update checks them once it has read it.
    expect(accountChangesProblem({ roles: ['DOMAIN_OWNER'] })).toBeUndefined();
  });

  it('refuses no change at all, an unknown role, no role, and a display name a new account could not have', () => {
    expect(accountChangesProblem({})).toBe('nothing to change: give roles, domains or a display name');
    expect(accountChangesProblem({ roles: ['OWNER'] })).toBe('role "OWNER" is not one of VIEWER, STEWARD, DOMAIN_OWNER, COUNCIL, ADMIN');
    expect(accountChangesProblem({ roles: [] })).toBe('roles: give at least one of VIEWER, STEWARD, DOMAIN_OWNER, COUNCIL, ADMIN');
    expect(accountChangesProblem({ displayName: 'Ada\nAdmin' })).toBe('display name: must not contain control characters (U+000A at character 4)');
  });
});
