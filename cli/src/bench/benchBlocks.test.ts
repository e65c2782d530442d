import { describe, expect, it } from 'vitest';
import { findBenchBlocks, isLogLine, renderBenchBlock, replaceBenchBlocks } from './benchBlocks.ts';

const BENCHES = ['writer', 'trust'];
const DOC = [
  '# Benchmarks',
  '',
  'Prose people wrote.',
  '',
  '<!-- bench: writer; writer --tables 5000 --columns 10 -->',
  '```',
  '$ npx polder bench writer',
  'old figures',
  '```',
  '<!-- /bench -->',
  '',
  'More prose, and a block kept by hand:',
  '',
  '```',
  'before $ npx polder bench trust',
  '```',
  '',
  '<!--bench: trust --datasets 2000-->',
  '<!-- /bench -->',
  '',
].join('\n');

describe('findBenchBlocks', () => {
  it('finds each marked block with its commands and lines, and nothing else', () => {
    expect(findBenchBlocks(DOC, BENCHES)).toEqual([
      { bench: 'writer', commands: [['writer'], ['writer', '--tables', '5000', '--columns', '10']], open: 4, close: 9 },
      { bench: 'trust', commands: [['trust', '--datasets', '2000']], open: 17, close: 18 },
    ]);
  });

  it('refuses markers it cannot read, naming the line', () => {
    expect(() => findBenchBlocks('<!-- bench: writer -->\n```\n```\n', BENCHES)).toThrow('line 1: the bench block is never closed with <!-- /bench -->');
    expect(() => findBenchBlocks('<!-- /bench -->', BENCHES)).toThrow('line 1: <!-- /bench --> closes no block');
    expect(() => findBenchBlocks('<!-- bench: writer -->\n<!-- bench: trust -->', BENCHES)).toThrow('line 2: a bench block opens before the one of line 1 is closed with <!-- /bench -->');
    expect(() => findBenchBlocks('<!-- bench: load -->\n<!-- /bench -->', BENCHES)).toThrow('line 1: "load" is not a benchmark (writer, trust)');
    expect(() => findBenchBlocks('<!-- bench: writer; trust -->\n<!-- /bench -->', BENCHES)).toThrow("line 1: a block holds one benchmark's runs, not writer and trust");
    expect(() => findBenchBlocks('<!-- bench: writer; -->\n<!-- /bench -->', BENCHES)).toThrow('line 1: an empty command in "writer;" (commands are separated by ";")');
  });
});

describe('renderBenchBlock', () => {
  it('writes each command and its output as printed, a blank line between runs', () => {
    expect(
      renderBenchBlock([
        { command: ['writer'], output: 'bench writer — today\n  ratio : 0.69x\n' },
        { command: ['writer', '--tables', '5000'], output: 'bench writer — today\n  ratio : 0.60x' },
      ]),
    ).toBe('```\n$ npx polder bench writer\nbench writer — today\n  ratio : 0.69x\n\n$ npx polder bench writer --tables 5000\nbench writer — today\n  ratio : 0.60x\n```');
  });

  it('refuses output that would close the fence', () => {
    expect(() => renderBenchBlock([{ command: ['writer'], output: '```' }])).toThrow('a benchmark printed ``` and would end its block early');
  });
});

describe('replaceBenchBlocks', () => {
  it('replaces what lies between the markers and leaves every other line as it was', () => {
    const [writer, trust] = findBenchBlocks(DOC, BENCHES);
    const rewritten = replaceBenchBlocks(DOC, [
      { block: writer!, content: '```\nnew writer figures\n```' },
      { block: trust!, content: '```\nnew trust figures\n```' },
    ]);
    expect(rewritten).toBe(
      DOC.replace('```\n$ npx polder bench writer\nold figures\n```', '```\nnew writer figures\n```').replace(
        '<!--bench: trust --datasets 2000-->\n<!-- /bench -->',
        '<!--bench: trust --datasets 2000-->\n```\nnew trust figures\n```\n<!-- /bench -->',
      ),
    );
    expect(findBenchBlocks(rewritten, BENCHES).map(({ bench }) => bench)).toEqual(['writer', 'trust']);
  });
});

describe('isLogLine', () => {
  it('tells pino log lines from printed figures', () => {
    expect(isLogLine('{"level":30,"time":1796033809303,"pid":1,"msg":"graph schema migrated"}')).toBe(true);
    expect(isLogLine('  rows: 22,000 nodes')).toBe(false);
    expect(isLogLine('{"not":"a log line"}')).toBe(false);
    expect(isLogLine('{ broken')).toBe(false);
  });
});
