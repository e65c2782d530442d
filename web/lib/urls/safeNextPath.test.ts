import { describe, expect, it } from 'vitest';

import { isSignInPath, localPath, safeNextPath } from './safeNextPath';

describe('safeNextPath', () => {
  it('keeps a local path with its query and fragment', () => {
    expect(safeNextPath('/datasets/urn%3Apolder%3Adataset%3A(a%2Cb%2Cc)?depth=2#lineage')).toEqual(
      '/datasets/urn%3Apolder%3Adataset%3A(a%2Cb%2Cc)?depth=2#lineage',
    );
    expect(safeNextPath('/')).toEqual('/');
  });

  it('refuses other origins, however they are spelled', () => {
    for (const value of ['https://evil.example/', '//evil.example', '/\\evil.example', '/\t/evil.example', '\\\\evil.example', 'javascript:alert(1)', 'evil', '']) {
      expect(safeNextPath(value)).toBeNull();
    }
    expect(safeNextPath(null)).toBeNull();
    expect(safeNextPath(undefined)).toBeNull();
  });

  it('refuses the sign-in pages, which would loop', () => {
    expect(safeNextPath('/sign-in?next=/x')).toBeNull();
    expect(safeNextPath('/sign-in/expired')).toBeNull();
    expect(safeNextPath('/sign-inside')).toEqual('/sign-inside');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/a/../../b')).toEqual('/b');
    // Each of these parses to `//evil.example…`, a path that names another host.
    for (const value of ['/.//evil.example', '/%2e//evil.example', '/a/..//evil.example/x?y', '/./\t/evil.example']) {
      expect({ value, path: safeNextPath(value) }).toEqual({ value, path: null });
    }
  });
});

describe('localPath', () => {
  it('keeps the sign-in pages, which are local', () => {
    expect(localPath('/sign-in?expired=1')).toEqual('/sign-in?expired=1');
    expect(localPath('//evil.example')).toBeNull();
  });
});

describe('isSignInPath', () => {
  it('matches the page and what is under it, not look-alikes', () => {
    expect(isSignInPath('/sign-in')).toBe(true);
    expect(isSignInPath('/sign-in?next=/a')).toBe(true);
    expect(isSignInPath('/sign-in/expired')).toBe(true);
    expect(isSignInPath('/sign-inside')).toBe(false);
  });
});
