import { describe, expect, it } from 'vitest';
import { closestName } from './closestName.ts';

describe('closestName', () => {
  it('finds the name meant by a misspelling, a different case or separator, or a beginning', () => {
    const keys = ['host', 'port', 'targetDir', 'introspection', 'sampleRows'];
    expect(['target_dir', 'TargetDir', 'introspecton', 'prot', 'sample'].map((given) => closestName(given, keys))).toEqual([
      'targetDir',
      'targetDir',
      'introspection',
      'port',
      'sampleRows',
    ]);
  });

  it('suggests nothing rather than something far-fetched', () => {
    expect([closestName('public', ['mesh', 'private']), closestName('a', ['b']), closestName('rows', ['sampleRows', 'timeoutMs'])]).toEqual([undefined, undefined, undefined]);
  });

  it('suggests nothing when a beginning fits more than one name', () => {
    expect(closestName('pass', ['passwordEnv', 'passwordFile'])).toBeUndefined();
  });
});
