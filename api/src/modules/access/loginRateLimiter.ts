/**
 * Slows down password guessing: failed sign-ins are counted per username and per
 * client address, and past a few failures the next attempt is refused until the
 * window passes. A success clears the username's count.
 *
 * The counts live in this API process (rate-limiter-flexible's memory store):
 * with several API replicas each counts on its own, which still bounds guessing
 * to (replicas × limit) per window.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { apiError } from '../../errors.ts';

export interface LoginLimits {
  failuresPerAccount: number;
  failuresPerClient: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { failuresPerAccount: 5, failuresPerClient: 30, windowSeconds: 15 * 60 };

export class LoginRateLimiter {
  private readonly byAccount: RateLimiterMemory;
  private readonly byClient: RateLimiterMemory;

  constructor(private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    this.byAccount = new RateLimiterMemory({ keyPrefix: 'login-account', points: limits.failuresPerAccount, duration: limits.windowSeconds });
    this.byClient = new RateLimiterMemory({ keyPrefix: 'login-client', points: limits.failuresPerClient, duration: limits.windowSeconds });
  }

  /** Throws RATE_LIMITED, with the seconds to wait, when either count is used up. */
  async assertMayTry(username: string, client: string): Promise<void> {
    const [account, fromClient] = await Promise.all([this.byAccount.get(username), this.byClient.get(client)]);
    const blocked = [
      { res: account, limit: this.limits.failuresPerAccount },
      { res: fromClient, limit: this.limits.failuresPerClient },
    ].filter((entry): entry is { res: RateLimiterRes; limit: number } => entry.res !== null && entry.res.consumedPoints >= entry.limit);
    if (blocked.length === 0) return;
    const retryAfterSeconds = Math.ceil(Math.max(...blocked.map(({ res }) => res.msBeforeNext)) / 1000);
    throw apiError('RATE_LIMITED', `too many failed sign-ins; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }

  async recordFailure(username: string, client: string): Promise<void> {
    // consume() rejects once the points are used up; the refusal itself comes from assertMayTry.
    await Promise.allSettled([this.byAccount.consume(username), this.byClient.consume(client)]);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.byAccount.delete(username);
  }
}
