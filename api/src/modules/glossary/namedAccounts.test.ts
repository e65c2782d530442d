import { describe, expect, it } from 'vitest';
import { accountProblem } from './namedAccounts.ts';

describe('accountProblem', () => {
  it('accepts an enabled account and says what is wrong with any other name', () => {
    expect(accountProblem('bob', 'ENABLED')).toBeNull();
    expect(accountProblem('nosuchuser', 'MISSING')).toBe('no account "nosuchuser"');
    expect(accountProblem('nosuchuser', undefined)).toBe('no account "nosuchuser"');
    expect(accountProblem('gone', 'DISABLED')).toBe('the account "gone" is disabled');
    expect(accountProblem('Council', { lowerCase: 'council' })).toBe('no account "Council" (usernames are lower-case: "council")');
  });
});
