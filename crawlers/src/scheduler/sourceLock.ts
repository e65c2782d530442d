/**
 * A per-source lock in Redis, so that runs of one source never overlap even
 * when several workers share the queue: SET NX with a time-to-live that the
 * holder keeps extending while it runs, and a compare-and-delete release so a
 * worker can only ever release its own lock. A worker killed mid-run stops
 * extending, and the lock lapses after `ttlMs`.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

export interface HeldLock {
  release(): Promise<void>;
}

export async function tryLockSource(redis: Redis, sourceId: string, ttlMs = 60_000): Promise<HeldLock | undefined> {
  const key = `polder:crawl-lock:${sourceId}`;
  const token = randomUUID();
  if ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') return undefined;
  const keepAlive = setInterval(() => void redis.eval(EXTEND, 1, key, token, String(ttlMs)).catch(() => {}), ttlMs / 3);
  keepAlive.unref();
  return {
    async release() {
      clearInterval(keepAlive);
      await redis.eval(RELEASE, 1, key, token);
    },
  };
}
