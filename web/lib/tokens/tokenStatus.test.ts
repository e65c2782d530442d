import { describe, expect, it } from 'vitest';

import { tokenStatus } from './tokenStatus';

describe('tokenStatus', () => {
  const now = new Date('2026-12-01T00:00:00Z');

  it('is active until it expires', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-12-02T00:00:00Z' }, now)).toEqual('active');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-12-01T00:00:00Z' }, now)).toEqual('expired');
  });

  it('says revoked even when it has expired since', () => {
    expect(tokenStatus({ revokedAt: '2026-01-01T00:00:00Z', expiresAt: '2026-02-01T00:00:00Z' }, now)).toEqual('revoked');
  });
});
