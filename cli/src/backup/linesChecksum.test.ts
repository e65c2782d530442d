import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LinesChecksum } from './linesChecksum.ts';

describe('LinesChecksum', () => {
  it('is the SHA-256 of the lines, each followed by a line break', () => {
    const checksum = new LinesChecksum();
    checksum.add('{"format":"polder-backup"}');
    checksum.add('{"node":{"id":"a"}}');
    expect(checksum.hex()).toBe(createHash('sha256').update('{"format":"polder-backup"}\n{"node":{"id":"a"}}\n').digest('hex'));
  });

  it('tells the same lines in another order apart', () => {
    const of = (...lines: string[]) => {
      const checksum = new LinesChecksum();
      for (const line of lines) checksum.add(line);
      return checksum.hex();
    };
    expect(of('a', 'b')).not.toBe(of('b', 'a'));
    expect(of('ab')).not.toBe(of('a', 'b'));
  });
});
