import { describe, expect, it } from 'vitest';
import { missingSearchBit } from './postgresUser.ts';

describe('missingSearchBit', () => {
  const postgres = { uid: 101, gid: 104 };

  it('looks at the "other" bit for a directory of another user and group', () => {
    expect(missingSearchBit({ mode: 0o40700, uid: 0, gid: 0 }, postgres)).toBe(0o001);
    expect(missingSearchBit({ mode: 0o40711, uid: 0, gid: 0 }, postgres)).toBeUndefined();
  });

  it('looks at the owner bit for a directory the user owns', () => {
    expect(missingSearchBit({ mode: 0o40700, uid: 101, gid: 0 }, postgres)).toBeUndefined();
    expect(missingSearchBit({ mode: 0o40077, uid: 101, gid: 0 }, postgres)).toBe(0o100);
  });

  it("looks at the group bit for a directory of the user's group", () => {
    expect(missingSearchBit({ mode: 0o40750, uid: 0, gid: 104 }, postgres)).toBeUndefined();
    expect(missingSearchBit({ mode: 0o40705, uid: 0, gid: 104 }, postgres)).toBe(0o010);
  });
});
