import { describe, expect, it } from 'vitest';
import { privateMode } from './privateDataDirectories.ts';

const ROOT = { uid: 0, gid: 0 };

describe('privateMode', () => {
  it("is 0700 when PostgreSQL runs as the data directory's owner", () => {
    expect(privateMode(ROOT, undefined)).toBe(0o700);
    expect(privateMode({ uid: 1000, gid: 1000 }, { uid: 1000, gid: 1000 })).toBe(0o700);
  });

  it('adds only the search bit of the class PostgreSQL\'s user falls in', () => {
    expect(privateMode(ROOT, { uid: 104, gid: 110 })).toBe(0o701);
    expect(privateMode({ uid: 0, gid: 110 }, { uid: 104, gid: 110 })).toBe(0o710);
  });
});
