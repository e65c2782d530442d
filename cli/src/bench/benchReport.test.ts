import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { benchReport } from './benchReport.ts';
import type { BenchCommandResult } from './runBenchCommand.ts';

const dir = mkdtempSync(join(tmpdir(), 'polder-bench-report-'));
const file = join(dir, 'BENCHMARKS.md');
const DOC = ['Prose.', '<!-- bench: writer; writer --tables 5 -->', '```', 'old writer', '```', '<!-- /bench -->', 'More prose.', '<!-- bench: trust -->', '```', 'old trust', '```', '<!-- /bench -->', ''].join('\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  writeFileSync(file, DOC);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  return () => vi.restoreAllMocks();
});

/** Runs "commands" by answering what they would print; `fails` exits 1. */
function runner(fails?: string) {
  const ran: string[] = [];
  const run = async (command: string[]): Promise<BenchCommandResult> => {
    ran.push(command.join(' '));
    return { command, output: `figures of ${command.join(' ')}\n`, exitCode: command.join(' ') === fails ? 1 : 0 };
  };
  return { ran, run };
}

describe('benchReport', () => {
  it('runs every command of the selected blocks, in order, and writes their output between the markers', async () => {
    const { ran, run } = runner();
    expect(await benchReport({ file, out: file, only: ['writer'], list: false }, ['writer', 'trust'], run)).toBe(0);
    expect(ran).toEqual(['writer', 'writer --tables 5']);
    expect(readFileSync(file, 'utf8')).toBe(
      DOC.replace('```\nold writer\n```', '```\n$ npx polder bench writer\nfigures of writer\n\n$ npx polder bench writer --tables 5\nfigures of writer --tables 5\n```'),
    );
  });

  it('writes elsewhere with out, and runs every block without only', async () => {
    const { ran, run } = runner();
    const out = join(dir, 'copy.md');
    await benchReport({ file, out, only: [], list: false }, ['writer', 'trust'], run);
    expect(ran).toEqual(['writer', 'writer --tables 5', 'trust']);
    expect(readFileSync(file, 'utf8')).toBe(DOC);
    expect(readFileSync(out, 'utf8')).toContain('<!-- bench: trust -->\n```\n$ npx polder bench trust\nfigures of trust\n```\n<!-- /bench -->');
  });

  it('leaves the file as it was when a command fails', async () => {
    const { ran, run } = runner('writer --tables 5');
    expect(await benchReport({ file, out: file, only: [], list: false }, ['writer', 'trust'], run)).toBe(1);
    expect(ran).toEqual(['writer', 'writer --tables 5']);
    expect(readFileSync(file, 'utf8')).toBe(DOC);
  });

  it('refuses a benchmark the file has no block for, and lists without running', async () => {
    const { ran, run } = runner();
    await expect(benchReport({ file, out: file, only: ['load'], list: false }, ['writer', 'trust', 'load'], run)).rejects.toThrow(`${file} has no generated block for load (it has: writer, trust)`);
    expect(await benchReport({ file, out: file, only: [], list: true }, ['writer', 'trust'], run)).toBe(0);
    expect(ran).toEqual([]);
  });
});
