/**
 * `polder bench report`: reruns the commands of BENCHMARKS.md's generated blocks
 * (see benchBlocks.ts) and writes their output in, so that every figure there is
 * what a command printed, never typed by hand. All selected blocks are run
 * first; the file is written once, at the end, and not at all when a command
 * fails (its output is on the terminal).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { BenchBlockError, findBenchBlocks, renderBenchBlock, replaceBenchBlocks, type BenchBlock, type BenchRun } from './benchBlocks.ts';
import type { BenchCommandResult } from './runBenchCommand.ts';

export interface BenchReportOptions {
  /** The markdown file to read (BENCHMARKS.md). */
  file: string;
  /** Where to write it (the same file by default). */
  out: string;
  /** Only the blocks of these benchmarks (all when empty). */
  only: string[];
  /** List the commands that would run, run nothing. */
  list: boolean;
}

export async function benchReport(options: BenchReportOptions, benches: readonly string[], run: (command: string[]) => Promise<BenchCommandResult>): Promise<number> {
  const markdown = readFileSync(options.file, 'utf8');
  const blocks = findBenchBlocks(markdown, benches);
  const unknown = options.only.filter((name) => !blocks.some((block) => block.bench === name));
  if (unknown.length > 0) throw new BenchBlockError(`${options.file} has no generated block for ${unknown.join(', ')} (it has: ${[...new Set(blocks.map((block) => block.bench))].join(', ') || 'none'})`);
  const selected = blocks.filter((block) => options.only.length === 0 || options.only.includes(block.bench));
  if (options.list) {
    for (const block of selected) for (const command of block.commands) process.stdout.write(`npx polder bench ${command.join(' ')}   (${options.file}:${block.open + 1})\n`);
    return 0;
  }

  const replacements: Array<{ block: BenchBlock; content: string }> = [];
  for (const block of selected) {
    const runs: BenchRun[] = [];
    for (const command of block.commands) {
      process.stderr.write(`\n— npx polder bench ${command.join(' ')}\n`);
      const result = await run(command);
      if (result.exitCode !== 0) {
        process.stderr.write(`polder bench report: "npx polder bench ${command.join(' ')}" exited with ${result.exitCode}; ${options.out} is left as it was\n`);
        return 1;
      }
      runs.push({ command, output: result.output });
    }
    replacements.push({ block, content: renderBenchBlock(runs) });
  }
  writeFileSync(options.out, replaceBenchBlocks(markdown, replacements));
  process.stderr.write(`\nrewrote ${replacements.length} block(s) of ${options.out}: ${replacements.map(({ block }) => block.bench).join(', ')}\n`);
  return 0;
}
