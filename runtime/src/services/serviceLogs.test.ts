import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastLines, openServiceLog, readLogTail } from './serviceLogs.ts';

const tempRoot = mkdtempSync(join(tmpdir(), 'polder-log-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

describe('lastLines', () => {
  it('keeps the last non-blank lines, without colour codes', () => {
    expect(lastLines('one\n\n\u001b[32m INFO\u001b[0m two\r\nthree\n', 2)).toEqual([' INFO two', 'three']);
  });
});

describe('readLogTail', () => {
  it('reads only what was written since the log was opened', () => {
    const file = join(mkdtempSync(join(tempRoot, 'case-')), 'logs', 'meili.log');
    const earlier = openServiceLog(file);
    appendFileSync(file, 'from an earlier start\n');
    earlier.close();

    const log = openServiceLog(file);
    appendFileSync(file, 'first\nsecond\n');
    expect(readLogTail(log)).toEqual({ file, lines: ['first', 'second'] });
    log.close();
  });
});
