import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, UNMATCHABLE_HASH, verifyPassword } from './passwordHash.ts';

describe('hashPassword / verifyPassword', () => {
  it('verifies the password it hashed, and no other', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery ', stored)).toBe(false);
  });

  it('salts: the same password hashes differently twice', async () => {
    expect(await hashPassword('correct horse battery')).not.toBe(await hashPassword('correct horse battery'));
  });

  it('matches nothing with the placeholder or a malformed hash', async () => {
    expect(await verifyPassword('', UNMATCHABLE_HASH)).toBe(false);
    expect(await verifyPassword('anything', 'md5$abc')).toBe(false);
  });
});

describe('passwordProblem', () => {
  it('asks for at least 12 characters', () => {
    expect(passwordProblem('short')).toBe('a password needs at least 12 characters');
    expect(passwordProblem('twelve chars')).toBeNull();
  });
});
