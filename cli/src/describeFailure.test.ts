import { readFile } from 'node:fs/promises';
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

  it('keeps any other error\'s message, and prints what is not an error', () => {
    expect(describeFailure(new Error('unknown source x'))).toBe('unknown source x');
    expect(describeFailure('plain')).toBe('plain');
  });
});
