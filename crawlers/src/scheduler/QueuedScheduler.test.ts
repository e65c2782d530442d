import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@polder/runtime';
import { QueuedScheduler } from './QueuedScheduler.ts';

describe('QueuedScheduler', () => {
  it("logs its queue's Redis errors through the logger, without the Redis URL's password", async () => {
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _encoding, done) => done(void lines.push(String(chunk))) });
    // Nothing listens on port 1 of the loopback: every connection attempt is refused at once.
    const scheduler = new QueuedScheduler({ redisUrl: 'redis://:hunter2@127.0.0.1:1', logger: createLogger('test', 'error', destination), queueName: 'polder-test-unreachable' });
    try {
      await expect.poll(() => lines.length, { timeout: 4_000 }).toBeGreaterThan(0);
    } finally {
      await scheduler.stop();
    }
    expect(JSON.parse(lines[0]!)).toMatchObject({ queue: 'polder-test-unreachable', part: 'queue', error: expect.stringContaining('ECONNREFUSED'), msg: expect.stringMatching(/^the schedule queue lost Redis: /) });
    expect(lines.join('')).not.toContain('hunter2');
  });
});
