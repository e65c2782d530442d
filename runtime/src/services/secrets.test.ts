import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOrCreateSecret, readSecret } from './secrets.ts';

const tempRoot = mkdtempSync(join(tmpdir(), 'polder-secrets-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

describe('readOrCreateSecret', () => {
  it('creates a 0600 file in a 0700 directory once, then reuses it', async () => {
    const secretsDir = join(mkdtempSync(join(tempRoot, 'case-')), 'secrets');
    const created = await readOrCreateSecret(secretsDir, 'meili-master-key');

    expect(created).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(secretsDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(secretsDir, 'meili-master-key')).mode & 0o777).toBe(0o600);
    expect(await readOrCreateSecret(secretsDir, 'meili-master-key')).toBe(created);
  });
});

describe('readSecret', () => {
  it('is undefined for a secret never created', async () => {
    expect(await readSecret(mkdtempSync(join(tempRoot, 'case-')), 'neo4j-password')).toBeUndefined();
  });
});
