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

  /**
   * Counts one attempt against the username and the client before the password is checked, so that
   * guesses sent at once are counted at once (checking first and counting after the slow password hash
   * let every guess in flight pass the check); throws RATE_LIMITED, with the seconds to wait, when either
   * count is used up. A success gives its attempt back (`recordSuccess`): only failures add up.
   */
  async takeAttempt(username: string, client: string): Promise<void> {
    const counted = await Promise.allSettled([this.byAccount.consume(username), this.byClient.consume(client)]);
    const refused: RateLimiterRes[] = [];
    for (const result of counted) {
      if (result.status === 'fulfilled') continue;
      // rate-limiter-flexible rejects with the count when its points are used up; anything else is a fault.
      if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
      refused.push(result.reason);
    }
    if (refused.length === 0) return;
    const retryAfterSeconds = Math.ceil(Math.max(...refused.map((res) => res.msBeforeNext)) / 1000);
    throw apiError('RATE_LIMITED', `too many failed sign-ins; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }

  /** Clears the username's failures and gives the client its attempt back. */
  async recordSuccess(username: string, client: string): Promise<void> {
    await Promise.all([this.byAccount.delete(username), this.byClient.reward(client, 1)]);
  }
}
