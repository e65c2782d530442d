/**
 * Generated credentials of the local services: created once, kept in
 * `<dataDir>/secrets/<name>` (directory 0700, file 0600), reused on every start.
 * They are read only to hand them to a process or a client; never logged.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type SecretName = 'neo4j-password' | 'meili-master-key' | 'postgres-password';

/** 32 random bytes as hex: well over Meilisearch's 16-byte minimum, and safe in any connection string. */
const SECRET_BYTES = 32;

export async function readOrCreateSecret(secretsDir: string, name: SecretName): Promise<string> {
  const existing = await readSecret(secretsDir, name);
  if (existing) return existing;

  await mkdir(secretsDir, { recursive: true, mode: 0o700 });
  await chmod(secretsDir, 0o700);
  const secret = randomBytes(SECRET_BYTES).toString('hex');
  const file = join(secretsDir, name);
  // `wx`: if another process created it a moment ago, keep theirs.
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readSecret(secretsDir, name))!;
  }
}

/** The stored secret, or undefined when it was never created. */
export async function readSecret(secretsDir: string, name: SecretName): Promise<string | undefined> {
  const file = join(secretsDir, name);
  try {
    const value = (await readFile(file, 'utf8')).trim();
    if (value === '') throw new Error(`${file} is empty; delete it and Polder will generate a new one`);
    return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
