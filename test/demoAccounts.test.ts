/**
 * The demo's accounts: one per role, random passwords in a 0600 file, each able
 * to sign in with what the file says; a second start creates nothing new.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AccessService, DEFAULT_ACCESS_SETTINGS } from '@polder/api';
import { DEMO_ACCOUNTS, seedDemoAccounts } from '../cli/src/demo/seedDemoAccounts.ts';
import { testDriver } from './support/services.ts';

const driver = testDriver();
const secretsDir = join(mkdtempSync(join(tmpdir(), 'polder-demo-accounts-')), 'secrets');
const usernames = DEMO_ACCOUNTS.map((account) => account.username);

afterAll(async () => {
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username IN $usernames OPTIONAL MATCH (s)-[:SESSION_OF]->(a) DETACH DELETE s, a`, { usernames });
  await driver.close();
  rmSync(join(secretsDir, '..'), { recursive: true, force: true });
});

describe('seedDemoAccounts', () => {
  it('creates one account per role whose listed password signs in, once', async () => {
    await driver.executeQuery(`MATCH (a:Account) WHERE a.username IN $usernames DETACH DELETE a`, { usernames });
    const file = await seedDemoAccounts(driver, 'neo4j', secretsDir);
    expect(file).toBe(join(secretsDir, 'demo-accounts'));
    expect(statSync(file!).mode & 0o777).toBe(0o600);
    const lines = readFileSync(file!, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(usernames);

    const access = new AccessService(driver, DEFAULT_ACCESS_SETTINGS);
    for (const line of lines) {
      const [username, password] = line.split(/\s+/);
      const signedIn = await access.login(username!, password!, 'test');
      expect(signedIn.account.username).toBe(username);
    }
    expect((await access.login('rentals-owner', lines[3]!.split(/\s+/)[1]!, 'test')).account).toMatchObject({ roles: ['DOMAIN_OWNER'], domains: ['rentals'] });

    const before = readFileSync(file!, 'utf8');
    expect(await seedDemoAccounts(driver, 'neo4j', secretsDir)).toBe(file);
    expect(readFileSync(file!, 'utf8')).toBe(before);
  });

  it('lists every account it created when a start fails half way, and the next start adds the rest', async () => {
    await driver.executeQuery(`MATCH (a:Account) WHERE a.username IN $usernames DETACH DELETE a`, { usernames });
    const dir = join(mkdtempSync(join(tmpdir(), 'polder-demo-accounts-')), 'secrets');
    // Neo4j "fails" on the fourth account: the driver refuses its CREATE.
    let creates = 0;
    const failing = new Proxy(driver, {
      get(target, property, receiver) {
        if (property !== 'executeQuery') return Reflect.get(target, property, receiver);
        return (cypher: string, ...rest: unknown[]) => {
          if (cypher.includes('CREATE (a:Account') && ++creates === 4) return Promise.reject(new Error('Neo4j went away'));
          return (target.executeQuery as (...args: unknown[]) => unknown).call(target, cypher, ...rest);
        };
      },
    });
    await expect(seedDemoAccounts(failing, 'neo4j', dir)).rejects.toThrow('Neo4j went away');
    const listed = () => readFileSync(join(dir, 'demo-accounts'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    expect(listed().map((line) => line.split(/\s+/)[0])).toEqual(usernames.slice(0, 3));

    await seedDemoAccounts(driver, 'neo4j', dir);
    expect(listed().map((line) => line.split(/\s+/)[0])).toEqual(usernames);
    const access = new AccessService(driver, DEFAULT_ACCESS_SETTINGS);
    for (const [username, password] of listed().map((line) => line.split(/\s+/))) expect((await access.login(username!, password!, 'test')).account.username).toBe(username);
    rmSync(join(dir, '..'), { recursive: true, force: true });
  });
});
