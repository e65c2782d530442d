/**
 * A lock in Redis per scheduled task (a source's crawl, a check, a profiling entry), so that runs
 * of one task never overlap even when several workers share the queue: SET NX with a time-to-live
 * that the holder keeps extending while it runs, and a compare-and-delete release so a worker can
 * only ever release its own lock. A worker killed mid-run stops extending, and the lock lapses
 * after `ttlMs`.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

export interface HeldLock {
  release(): Promise<void>;
}

const lockKeyOf = (key: string) => `polder:lock:${key}`;

/** Whether a run of the task `key` holds its lock now. */
export async function isTaskLocked(redis: Redis, key: string): Promise<boolean> {
  return (await redis.exists(lockKeyOf(key))) === 1;
}

/** Takes the lock of the task `key` (`crawl:rentals-db`), or returns undefined when another run holds it. */
export async function tryLockTask(redis: Redis, key: string, ttlMs = 60_000): Promise<HeldLock | undefined> {
  const lockKey = lockKeyOf(key);
  const token = randomUUID();
  if ((await redis.set(lockKey, token, 'PX', ttlMs, 'NX')) !== 'OK') return undefined;
  const keepAlive = setInterval(() => void redis.eval(EXTEND, 1, lockKey, token, String(ttlMs)).catch(() => {}), ttlMs / 3);
  keepAlive.unref();
  return {
    async release() {
      clearInterval(keepAlive);
      await redis.eval(RELEASE, 1, lockKey, token);
    },
  };
}
