import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { polderCli } from '../../../test/support/polderCli.ts';

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
afterAll(() => rmSync(NOT_A_BACKUP_DIR, { recursive: true, force: true }));

/** Each is refused with one line that names what was wrong, before Neo4j is started (polderCli names one that cannot be reached). */
describe('the CLI refuses bad input before it starts anything', () => {
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
    [['backup', 'restore', '/nonexistent/catalog.jsonl'], 1, 'polder: cannot open /nonexistent/catalog.jsonl: no such file or directory'],
    [['backup', 'restore', NOT_A_BACKUP], 2, `backup restore: ${NOT_A_BACKUP}, line 1: not JSON`],
    [['backup', 'export', '/nonexistent/catalog.jsonl'], 2, 'backup export: /nonexistent is not a folder: create it first'],
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

describe('polder <command> --help', () => {
  it.each([['start'], ['tokens', 'create'], ['services'], ['backup']])('%j prints the command\'s help and exits 0, starting nothing', async (...args) => {
    const result = await polderCli([...args, '--help'], { polderYaml });
    expect(result.stdout).toContain(`npx polder ${args[0]}`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
