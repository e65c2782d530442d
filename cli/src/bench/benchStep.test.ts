import { createLogger } from '@polder/runtime';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { benchStep, BenchStepTimeoutError } from './benchStep.ts';

describe('benchStep', () => {
  let lines: Array<{ msg: string; seconds?: number; at?: string }>;
  const logger = () => createLogger('test', 'info', { write: (line: string) => void lines.push(JSON.parse(line)) });

  beforeEach(() => {
    lines = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it("returns the work's result, and logs its start, a line every 30 s while it runs with where it is, and its end", async () => {
    const step = benchStep(logger(), 'bench web: writing the mesh', 600_000, (_signal, progress) => {
      setTimeout(() => progress('snapshot 2 of 4'), 45_000);
      return new Promise((resolve) => setTimeout(() => resolve(42), 65_000));
    });
    await vi.advanceTimersByTimeAsync(65_000);
    expect(await step).toBe(42);
    expect(lines.map(({ msg, seconds, at }) => ({ msg, seconds, at }))).toEqual([
      { msg: 'bench web: writing the mesh: started (bound 10 min)', seconds: undefined, at: undefined },
      { msg: 'bench web: writing the mesh: still running', seconds: 30, at: undefined },
      { msg: 'bench web: writing the mesh: still running', seconds: 60, at: 'snapshot 2 of 4' },
      { msg: 'bench web: writing the mesh: done', seconds: 65, at: undefined },
    ]);
  });

  it('fails with an error naming the step once its bound has passed, and aborts the work', async () => {
    let signal: AbortSignal | undefined;
    const step = benchStep(logger(), 'bench web: typing searches', 90_000, (given, progress) => {
      signal = given;
      progress('query 3 of 8, "order status"');
      return new Promise(() => undefined);
    });
    const failed = expect(step).rejects.toThrow(new BenchStepTimeoutError('bench web: typing searches did not finish within 90 s (it was at: query 3 of 8, "order status"): stopped'));
    await vi.advanceTimersByTimeAsync(90_000);
    await failed;
    expect(signal?.aborted).toBe(true);
    expect(signal?.reason).toBeInstanceOf(BenchStepTimeoutError);
  });

  it("passes the work's own failure on, and stops logging", async () => {
    const step = benchStep(logger(), 'bench web: dataset pages', 60_000, async () => {
      throw new Error('http://127.0.0.1:3000/datasets/x answered 500');
    });
    await expect(step).rejects.toThrow('http://127.0.0.1:3000/datasets/x answered 500');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(lines.map(({ msg }) => msg)).toEqual(['bench web: dataset pages: started (bound 1 min)']);
  });
});
