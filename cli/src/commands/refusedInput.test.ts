import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POLDER_CLI_TEST_TIMEOUT_MS, polderCli } from '../../../test/support/polderCli.ts';

const polderYaml = `
domains:
  - { id: rentals, name: Rentals }
  - { id: finance, name: Finance }
sources:
  - { id: rentals-db, kind: sqlite, domain: rentals, path: rentals.db }
  - { id: ledger-db, kind: sqlite, domain: finance, path: ledger.db }
checks:
  - { id: orders-not-empty, source: rentals-db, dataset: main.orders, kind: rowCount, min: 1 }
`;

const NOT_A_BACKUP_DIR = mkdtempSync(join(tmpdir(), 'polder-not-a-backup-'));
const NOT_A_BACKUP = join(NOT_A_BACKUP_DIR, 'notes.txt');
writeFileSync(NOT_A_BACKUP, 'shopping list\n');
// A backup as `head -n 2` leaves one: whole lines, its end line gone.
const CUT_BACKUP = join(NOT_A_BACKUP_DIR, 'cut.jsonl');
const HEADER = { format: 'polder-backup', version: 2, exportedAt: '2026-12-02T00:00:00.000Z', migrations: [] };
writeFileSync(CUT_BACKUP, `${JSON.stringify(HEADER)}\n{"node":{"id":"a","labels":["Dataset"],"props":{}}}\n`);
const VERSION_1_BACKUP = join(NOT_A_BACKUP_DIR, 'version-1.jsonl');
writeFileSync(VERSION_1_BACKUP, `${JSON.stringify({ ...HEADER, version: 1 })}\n`);
afterAll(() => rmSync(NOT_A_BACKUP_DIR, { recursive: true, force: true }));

/** Each is refused with one line that names what was wrong, before Neo4j is started (polderCli names one that cannot be reached). */
describe('the CLI refuses bad input before it starts anything', { timeout: POLDER_CLI_TEST_TIMEOUT_MS }, () => {
  it.each([
    [['accounts', 'add', 'ann', '--role', 'DOMAIN_OWNER', '--domain', 'rental'], 2, 'accounts add: domain "rental" is not declared in polder.yaml (declared: rentals, finance)'],
    [['accounts', 'add', 'ann', '--role', 'OWNER'], 2, 'accounts add: role "OWNER" is not one of'],
    [['accounts', 'add', 'ann', 'bob', '--role', 'VIEWER'], 2, 'accounts add: one username at a time (got also bob)'],
    [['accounts', 'list', '--role', 'VIEWER'], 2, 'accounts list: takes no arguments (got --role)'],
    [['tokens', 'create', 'al', '--name', 'ci', '--days', 'abc'], 2, 'tokens create: --days takes a whole number from 1 to 365 (api.tokenMaxDays), not "abc"'],
    [['tokens', 'create', 'al', '--name', 'ci', '--days', '400'], 2, 'tokens create: --days takes a whole number from 1 to 365'],
    [['tokens', 'create', 'al', '--name', 'ci', '--scope', 'ADMIN'], 2, 'tokens create: --scope takes READ or WRITE, not "ADMIN"'],
    [['check', '--source', 'ledger-db', '--check', 'orders-not-empty'], 2, 'polder: check orders-not-empty is on source rentals-db, not ledger-db'],
    [['crawl', 'nowhere-db'], 2, 'polder: unknown source nowhere-db (polder.yaml declares: rentals-db, ledger-db)'],
    [['crawl', '--source', 'rentals-db'], 2, 'polder: crawl takes the sources as arguments, not --source: npx polder crawl rentals-db'],
    [['crawl', '--sauce'], 2, 'polder: unknown option --sauce'],
    [['start', '--bogus'], 2, 'polder: start: unknown option --bogus (options: --demo, --no-web)'],
    [['migrate', 'now'], 2, 'polder: migrate takes no arguments (got now)'],
    [['backup', 'restore', '/nonexistent/catalog.jsonl'], 2, 'polder: backup restore: cannot open /nonexistent/catalog.jsonl: no such file or directory'],
    [['backup', 'restore', NOT_A_BACKUP], 2, `backup restore: ${NOT_A_BACKUP}, line 1: not JSON`],
    [['backup', 'export', '/nonexistent/catalog.jsonl'], 2, 'backup export: /nonexistent is not a folder: create it first'],
    [['backup', 'restore', CUT_BACKUP], 2, `polder: backup restore: ${CUT_BACKUP} stops at line 2 without the end line every export writes last: the file is incomplete`],
    [['backup', 'restore', VERSION_1_BACKUP], 2, `polder: backup restore: ${VERSION_1_BACKUP}, line 1: backup version 1, which has no end line`],
    [['backup', 'export', 'catalog.jsonl', '--accept-version-1'], 2, 'polder: backup export: --accept-version-1 is for restore; an export writes the current version'],
    [['accounts', 'disable', 'ann', '--role', 'VIEWER'], 2, 'polder: accounts disable: --role is not one of its options (it takes none)'],
    [['accounts', 'set', 'ann', '--domain', 'rental'], 2, 'polder: accounts set: domain "rental" is not declared in polder.yaml (declared: rentals, finance)'],
    [['accounts', 'set', 'ann', '--role', 'OWNER'], 2, 'polder: accounts set: role "OWNER" is not one of'],
    // A password is never an argument (the shell's history and `ps` would show it): one after the username is refused.
    [['accounts', 'password', 'ann', 'correct horse battery'], 2, 'polder: accounts password: one username at a time (got also correct horse battery)'],
    [['tokens', 'list', 'ann', 'bob'], 2, 'polder: tokens list: one username at a time (got also bob)'],
  ])('%j', async (args, code, message) => {
    const result = await polderCli(args, { polderYaml });
    expect(result.stderr.split('\n')[0]).toContain(message);
    expect(result.code).toBe(code);
  });

  it('gives a token the shorter of 90 days and api.tokenMaxDays unless told', async () => {
    // With a maximum of 30 days, the default is 30: the CLI then goes on to Neo4j, which cannot be reached.
    const result = await polderCli(['tokens', 'create', 'al', '--name', 'ci'], { polderYaml: `${polderYaml}\napi: { tokenMaxDays: 30 }\n` });
    expect(result.stderr).not.toContain('--days');
    expect(result.stderr).toContain('Neo4j');
  });
});

/** A command line of the wrong shape is refused with one line that says what was wrong, then the command's usage. */
describe('the CLI says what was wrong with a command line before its usage', { timeout: POLDER_CLI_TEST_TIMEOUT_MS }, () => {
  it.each([
    [['tokens', 'create', 'admin1'], 'polder: tokens create: give the token a name: --name NAME', 'npx polder tokens create <username>'],
    [['tokens', 'frobnicate'], 'polder: tokens needs one of create, list, revoke (got frobnicate)', 'npx polder tokens revoke <id>'],
    [['tokens', 'revoke'], 'polder: tokens revoke: give a token id (npx polder tokens list shows them)', 'npx polder tokens list [<username>]'],
    [['backup', 'export'], 'polder: backup export: name the file to write', 'npx polder backup export <file>'],
    [['backup', 'restore', 'a.jsonl', 'b.jsonl'], 'polder: backup restore: one file at a time (got also b.jsonl)', 'npx polder backup restore <file>'],
    [['backup', 'verify', 'a.jsonl'], 'polder: backup needs one of export, restore (got verify)', 'npx polder backup export <file>'],
    [['accounts', 'remove', 'ann'], 'polder: accounts needs one of add, list, disable, enable, set, password (got remove)', 'npx polder accounts disable <username>'],
    [['accounts', 'set', 'ann'], 'polder: accounts set: nothing to change: give --role, --domain, --no-domains or --name', 'npx polder accounts set <username>'],
  ])('%j', async (args, line, usage) => {
    const result = await polderCli(args, { polderYaml });
    const [first, blank, ...rest] = result.stderr.split('\n');
    expect({ first, blank, code: result.code }).toEqual({ first: line, blank: '', code: 2 });
    expect(rest[0]).toBe('Usage:');
    expect(rest.join('\n')).toContain(usage);
  });
});

describe('polder <command> --help', { timeout: POLDER_CLI_TEST_TIMEOUT_MS }, () => {
  it.each([['start'], ['tokens', 'create'], ['services'], ['backup']])('%j prints the command\'s help and exits 0, starting nothing', async (...args) => {
    const result = await polderCli([...args, '--help'], { polderYaml });
    expect(result.stdout).toContain(`npx polder ${args[0]}`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
