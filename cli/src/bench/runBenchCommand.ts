/**
 * Runs `npx polder bench <args>` as a process of its own, exactly as a person
 * would (same Node and Node flags, same env, same working directory), and returns what it
 * printed. Its output is passed on live: the figures to stdout, its log lines
 * and stderr to stderr (they are progress, not part of the result).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isLogLine, type BenchRun } from './benchBlocks.ts';

const POLDER_BIN = fileURLToPath(new URL('../../bin/polder.js', import.meta.url));

export interface BenchCommandResult extends BenchRun {
  exitCode: number;
}

export function runBenchCommand(command: string[]): Promise<BenchCommandResult> {
  const child = spawn(process.execPath, [...process.execArgv, POLDER_BIN, 'bench', ...command], { stdio: ['ignore', 'pipe', 'pipe'] });
  const printed: string[] = [];
  let partial = '';
  const take = (line: string) => {
    if (isLogLine(line)) process.stderr.write(`${line}\n`);
    else {
      printed.push(line);
      process.stdout.write(`${line}\n`);
    }
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    lines.forEach(take);
  });
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (partial) take(partial);
      resolve({ command, output: printed.join('\n'), exitCode: code ?? (signal ? 128 : 1) });
    });
  });
}
