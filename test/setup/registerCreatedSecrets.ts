/**
 * Setup file of every integration test file (it runs in the test's worker, before
 * the file): registers every secret the file creates through Polder — each
 * account's password, each session a sign-in opens and each API token issued,
 * whether a test calls the service directly or the API server it started does —
 * so the log scan at the end of the run (test/setup/scanLogsForSecrets.ts) looks
 * for them. It observes the three methods that create them (the one place each
 * secret is born) and changes nothing they do: arguments and results pass
 * through untouched.
 *
 * Secrets made outside these methods (the services' passwords of a test that
 * starts its own, a database password) are registered by whoever makes them,
 * with `registerSecret`.
 */
import { AccessService, AccountService } from '@polder/api';
import { MIN_SECRET_LENGTH, registerSecret } from '../support/knownSecrets.ts';

type Method = (...args: any[]) => Promise<any>;

/** Calls `record` with the arguments and the result of every call of `name` on `prototype`. */
function observe(prototype: object, name: string, record: (args: any[], result: any) => void, before?: (args: any[]) => void): void {
  const original = (prototype as Record<string, unknown>)[name];
  if (typeof original !== 'function') throw new Error(`registerCreatedSecrets: ${prototype.constructor.name}.${name} is gone; register the secrets it created where they are made now`);
  if ((original as { observed?: boolean }).observed) return;
  const observed = async function (this: unknown, ...args: any[]) {
    before?.(args);
    const result = await (original as Method).apply(this, args);
    record(args, result);
    return result;
  };
  Object.assign(observed, { observed: true });
  (prototype as Record<string, unknown>)[name] = observed;
}

// Before the call: a password is a secret even when the account is refused (too short ones are refused anyway).
observe(
  AccountService.prototype,
  'create',
  () => undefined,
  ([input]) => {
    if (typeof input?.password === 'string' && input.password.length >= MIN_SECRET_LENGTH) registerSecret(`password of account ${input.username}`, input.password);
  },
);
observe(AccessService.prototype, 'login', ([username], signedIn) => registerSecret(`session of ${username}`, signedIn.session));
observe(AccessService.prototype, 'issueApiToken', ([username, input], issued) => registerSecret(`API token "${input.name}" of ${username}`, issued.secret));
