import { describe, expect, it } from 'vitest';
import type { CheckConfig, SourceConfig } from '@polder/runtime';
import { checksAskedFor } from './checksAskedFor.ts';

const sources: SourceConfig[] = [
  { id: 'rentals-db', kind: 'sqlite', domain: 'rentals', path: '/data/rentals.db', include: [], exclude: [] },
  { id: 'ledger-db', kind: 'sqlite', domain: 'finance', path: '/data/ledger.db', include: [], exclude: [] },
];
const rowCount = (id: string, source: string): CheckConfig => ({ id, source, dataset: 'orders', kind: 'rowCount', min: 1, timeoutMs: 10_000 });
const checks = [rowCount('orders-not-empty', 'rentals-db'), rowCount('films-not-empty', 'rentals-db'), rowCount('entries-not-empty', 'ledger-db')];
const ids = (args: string[]) => {
  const asked = checksAskedFor(args, { sources, checks });
  return asked.contracts ? 'contracts' : asked.checks.map((check) => check.id);
};

describe('checksAskedFor', () => {
  it('runs every check, or those of one source', () => {
    expect(ids([])).toEqual(['orders-not-empty', 'films-not-empty', 'entries-not-empty']);
    expect(ids(['--source', 'rentals-db'])).toEqual(['orders-not-empty', 'films-not-empty']);
  });

  it('runs every check named by a --check, in the order polder.yaml declares them, each once', () => {
    expect(ids(['--check', 'entries-not-empty'])).toEqual(['entries-not-empty']);
    expect(ids(['--check', 'entries-not-empty', '--check', 'orders-not-empty'])).toEqual(['orders-not-empty', 'entries-not-empty']);
    expect(ids(['--check', 'films-not-empty', '--check', 'films-not-empty'])).toEqual(['films-not-empty']);
    expect(ids(['--source', 'rentals-db', '--check', 'films-not-empty', '--check', 'orders-not-empty'])).toEqual(['orders-not-empty', 'films-not-empty']);
  });

  it('runs the contracts\' rules with --contracts alone', () => {
    expect(ids(['--contracts'])).toBe('contracts');
    expect(() => ids(['--contracts', '--check', 'orders-not-empty'])).toThrow('check --contracts runs every contract rule; it takes no --source or --check');
  });

  it('refuses a source or a check polder.yaml does not declare, naming every one, and a check of another source', () => {
    expect(() => ids(['--source', 'nowhere-db'])).toThrow('unknown source nowhere-db (polder.yaml declares: rentals-db, ledger-db)');
    expect(() => ids(['--check', 'orders-not-empty', '--check', 'typo'])).toThrow('unknown check typo (polder.yaml declares: orders-not-empty, films-not-empty, entries-not-empty)');
    expect(() => ids(['--check', 'typo', '--check', 'other'])).toThrow('unknown checks typo, other (polder.yaml declares:');
    expect(() => ids(['--source', 'ledger-db', '--check', 'entries-not-empty', '--check', 'orders-not-empty'])).toThrow('check orders-not-empty is on source rentals-db, not ledger-db');
  });

  it('finds no checks to run when polder.yaml declares none', () => {
    expect(checksAskedFor([], { sources, checks: undefined })).toEqual({ contracts: false, checks: [] });
  });
});
