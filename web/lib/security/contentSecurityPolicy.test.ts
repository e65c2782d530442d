import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy';

describe('contentSecurityPolicy', () => {
  it('runs only the scripts that carry the nonce, lets no other site frame a page, and loads everything from the catalog', () => {
    expect(contentSecurityPolicy('bm9uY2U=').split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' blob: data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
  });

  it("allows eval for next dev only", () => {
    expect(contentSecurityPolicy('n', true)).toContain("script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval';");
    expect(contentSecurityPolicy('n')).not.toContain('unsafe-eval');
  });
});
