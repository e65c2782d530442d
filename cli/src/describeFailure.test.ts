import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeFailure } from './describeFailure.ts';

describe('describeFailure', () => {
  it('names the file a command could not open, and why, in words', async () => {
    const error = await readFile('/nonexistent/backup.jsonl').catch((failure: unknown) => failure);
    expect(describeFailure(error)).toBe('cannot open /nonexistent/backup.jsonl: no such file or directory');
  });

  it('says why even when Node does not name the file', async () => {
    const error = await readFile('/').catch((failure: unknown) => failure);
    expect(describeFailure(error)).toBe('cannot read: illegal operation on a directory');
  });

  it('names a mistyped option, and one given no value', () => {
    const parse = (args: string[]) => {
      try {
        parseArgs({ args, options: { full: { type: 'boolean' }, days: { type: 'string' } } });
      } catch (error) {
        return describeFailure(error);
      }
      return 'parsed';
    };
    expect(parse(['--fulll'])).toBe('unknown option --fulll');
    expect(parse(['--days', '-1'])).toBe('option --days needs a value (one that starts with a dash is written --days=-1)');
    expect(parse(['--days=-1'])).toBe('parsed');
  });

  it('keeps any other error\'s message, and prints what is not an error', () => {
    expect(describeFailure(new Error('unknown source x'))).toBe('unknown source x');
    expect(describeFailure('plain')).toBe('plain');
  });
});
