import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, sessionCookie } from './sessionCookie.ts';

describe('session cookies', () => {
  // The expected values are what express's res.cookie and res.clearCookie (through the cookie package) wrote.
  it('sign in as express res.cookie did, with the expiry and Secure over HTTPS', () => {
    const expires = '2026-12-06T10:00:00.000Z';
    expect(sessionCookie('s3cret/+=', expires, false)).toBe('polder_session=s3cret%2F%2B%3D; Path=/; Expires=Sun, 06 Dec 2026 10:00:00 GMT; HttpOnly; SameSite=Lax');
    expect(sessionCookie('abc', expires, true)).toBe('polder_session=abc; Path=/; Expires=Sun, 06 Dec 2026 10:00:00 GMT; HttpOnly; Secure; SameSite=Lax');
  });

  it('sign out with an empty cookie that expired at the epoch, as express res.clearCookie did', () => {
    expect(clearedSessionCookie(false)).toBe('polder_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax');
    expect(clearedSessionCookie(true)).toBe('polder_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax');
  });
});
