import { describe, expect, it } from 'vitest';
import { assertVersion } from './assertVersion.ts';

describe('assertVersion', () => {
  it('passes the version read', () => {
    expect(() => assertVersion('urn:polder:domain:x', 3, 3)).not.toThrow();
  });

  it("refuses an older one as someone else's edit, and a newer one as never read, each with the current version", () => {
    expect(() => assertVersion('urn:polder:domain:x', 3, 2)).toThrow('urn:polder:domain:x changed since you read it (you had version 2, it is now 3); reload and apply your edit again');
    expect(() => assertVersion('urn:polder:domain:x', 3, 999)).toThrow('urn:polder:domain:x is at version 3, not 999: send the version you read');
    try {
      assertVersion('urn:polder:domain:x', 3, 999);
    } catch (error) {
      expect((error as { extensions: unknown }).extensions).toEqual({ code: 'CONFLICT', currentVersion: 3 });
    }
  });
});
