import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '@polder/runtime';
import { RetryingLoop } from './RetryingLoop.ts';

describe('RetryingLoop', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs after each interval, backs off while the work fails, and logs the outage and the recovery once', async () => {
    const lines: string[] = [];
    const logger = createLogger('test', 'info', { write: (line: string) => void lines.push(JSON.parse(line).msg) });
    const outcomes = [true, false, false, false, true, true];
    const runs: number[] = [];
    const loop = new RetryingLoop(
      async () => {
        runs.push(Date.now());
        if (outcomes.shift() === false) throw new Error('unavailable');
      },
      { logger, delayed: 'work delayed', recovered: 'work recovered', maxDelayMs: 300 },
    );
    const start = Date.now();
    loop.start(100);
    await vi.advanceTimersByTimeAsync(2_000);
    await loop.stop();
    // Waits: 100 after success, then 200, 300 (capped from 400), 300 (capped from 800), then 100, 100.
    expect(runs.slice(0, 6).map((time) => time - start)).toEqual([0, 100, 300, 600, 900, 1_000]);
    expect(lines).toEqual(['work delayed', 'work recovered']);
  });
});
