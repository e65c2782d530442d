/**
 * The generated blocks of BENCHMARKS.md: a fenced block of a benchmark's printed
 * output between two HTML comments (invisible once rendered) that say which
 * commands produce it:
 *
 *   <!-- bench: writer; writer --tables 5000 --columns 10 -->
 *   ```
 *   $ npx polder bench writer
 *   bench writer — 2026-11-30 · 2 × AMD EPYC · 24 GiB · Node v20.20.2
 *     ...
 *
 *   $ npx polder bench writer --tables 5000 --columns 10
 *   ...
 *   ```
 *   <!-- /bench -->
 *
 * Each command is the arguments of `npx polder bench`, the first one the
 * benchmark's name; a block's commands are all of one benchmark. `polder bench
 * report` runs them and replaces what lies between the markers with their output;
 * everything outside the markers (the prose people write) is left as it is.
 */

export interface BenchBlock {
  /** The benchmark all its commands run, e.g. `writer`. */
  bench: string;
  /** Each command's arguments after `npx polder bench`, e.g. `['writer', '--tables', '5000']`. */
  commands: string[][];
  /** 0-based line numbers of the opening and closing markers. */
  open: number;
  close: number;
}

export interface BenchRun {
  command: string[];
  /** What the command printed, as printed (log lines left out). */
  output: string;
}

const OPEN = /^<!--\s*bench:\s*(.*?)\s*-->\s*$/;
const CLOSE = /^<!--\s*\/bench\s*-->\s*$/;

export class BenchBlockError extends Error {
  override name = 'BenchBlockError';
}

/** Every generated block of `markdown`, in order; `benches` are the names a command may start with. */
export function findBenchBlocks(markdown: string, benches: readonly string[]): BenchBlock[] {
  const lines = markdown.split('\n');
  const blocks: BenchBlock[] = [];
  let current: Omit<BenchBlock, 'close'> | null = null;
  lines.forEach((line, index) => {
    const at = `line ${index + 1}`;
    const open = OPEN.exec(line);
    if (open) {
      if (current) throw new BenchBlockError(`${at}: a bench block opens before the one of line ${current.open + 1} is closed with <!-- /bench -->`);
      const commands = open[1]!.split(';').map((command) => command.trim().split(/\s+/).filter(Boolean));
      if (commands.some((command) => command.length === 0)) throw new BenchBlockError(`${at}: an empty command in "${open[1]}" (commands are separated by ";")`);
      const names = [...new Set(commands.map((command) => command[0]!))];
      const unknown = names.find((name) => !benches.includes(name));
      if (unknown) throw new BenchBlockError(`${at}: "${unknown}" is not a benchmark (${benches.join(', ')})`);
      if (names.length > 1) throw new BenchBlockError(`${at}: a block holds one benchmark's runs, not ${names.join(' and ')}`);
      current = { bench: names[0]!, commands, open: index };
    } else if (CLOSE.test(line)) {
      if (!current) throw new BenchBlockError(`${at}: <!-- /bench --> closes no block`);
      blocks.push({ ...current, close: index });
      current = null;
    }
  });
  if (current) throw new BenchBlockError(`line ${(current as BenchBlock).open + 1}: the bench block is never closed with <!-- /bench -->`);
  return blocks;
}

/** The fenced block of some runs: each as `$ npx polder bench <args>` and its output, a blank line between runs. */
export function renderBenchBlock(runs: readonly BenchRun[]): string {
  const body = runs.map((run) => `$ npx polder bench ${run.command.join(' ')}\n${run.output.replace(/\s+$/, '')}`).join('\n\n');
  if (body.includes('```')) throw new BenchBlockError('a benchmark printed ``` and would end its block early');
  return `\`\`\`\n${body}\n\`\`\``;
}

/** `markdown` with each given block's content (between its markers) replaced by `content`; the rest as it was. */
export function replaceBenchBlocks(markdown: string, replacements: ReadonlyArray<{ block: BenchBlock; content: string }>): string {
  const lines = markdown.split('\n');
  // From the last block up, so earlier line numbers stay valid.
  for (const { block, content } of [...replacements].sort((a, b) => b.block.open - a.block.open)) {
    lines.splice(block.open + 1, block.close - block.open - 1, ...content.split('\n'));
  }
  return lines.join('\n');
}

/** The log lines Polder's logger writes (pino JSON) are progress, not figures: they stay out of the block. */
export function isLogLine(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const parsed = JSON.parse(line) as { level?: unknown; time?: unknown };
    return typeof parsed.level === 'number' && typeof parsed.time === 'number';
  } catch {
    return false;
  }
}
