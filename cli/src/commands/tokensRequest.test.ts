import { describe, expect, it } from 'vitest';
import { tokensRequest } from './tokensRequest.ts';
import { UsageError } from './UsageError.ts';

/** The UsageError `args` are refused with (api.tokenMaxDays 365): its message, and whether the usage follows it. */
function refusal(args: string[]): { message: string; showUsage: boolean } {
  try {
    tokensRequest(args, 365);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { message: error.message, showUsage: error.options.showUsage ?? false };
  }
  throw new Error(`accepted ${args.join(' ')}`);
}

describe('tokensRequest', () => {
  it('reads each subcommand, a token READ for 90 days unless told', () => {
    expect(tokensRequest(['create', 'ci-bot', '--name', 'nightly'], 365)).toEqual({ action: 'create', username: 'ci-bot', name: 'nightly', scopes: ['READ'], days: 90 });
    expect(tokensRequest(['create', 'ci-bot', '--name', 'nightly', '--scope', 'WRITE', '--days', '7'], 365)).toEqual({ action: 'create', username: 'ci-bot', name: 'nightly', scopes: ['WRITE'], days: 7 });
    expect(tokensRequest(['create', 'ci-bot', '--name', 'nightly'], 30)).toMatchObject({ days: 30 });
    expect(tokensRequest(['list'], 365)).toEqual({ action: 'list' });
    expect(tokensRequest(['list', 'ci-bot'], 365)).toEqual({ action: 'list', username: 'ci-bot' });
    expect(tokensRequest(['revoke', '5f0c…'], 365)).toEqual({ action: 'revoke', id: '5f0c…' });
  });

  it('says what is missing or extra, with the usage', () => {
    expect(refusal(['create', 'admin1'])).toEqual({ message: 'tokens create: give the token a name: --name NAME', showUsage: true });
    expect(refusal(['create', '--name', 'ci'])).toEqual({ message: 'tokens create: give a username', showUsage: true });
    expect(refusal(['revoke'])).toEqual({ message: 'tokens revoke: give a token id (npx polder tokens list shows them)', showUsage: true });
    expect(refusal(['revoke', 'a', 'b'])).toEqual({ message: 'tokens revoke: one token id at a time (got also b)', showUsage: true });
    expect(refusal(['list', 'ann', 'bob'])).toEqual({ message: 'tokens list: one username at a time (got also bob)', showUsage: true });
    expect(refusal(['list', '--name', 'ci'])).toEqual({ message: 'tokens list: --name is not one of its options (it takes none)', showUsage: true });
    expect(refusal(['delete', 'x'])).toEqual({ message: 'tokens needs one of create, list, revoke (got delete)', showUsage: true });
    expect(refusal([])).toEqual({ message: 'tokens needs one of create, list, revoke (got nothing)', showUsage: true });
  });

  it('refuses a lifetime or scope out of range, naming it', () => {
    expect(refusal(['create', 'al', '--name', 'ci', '--days', '0'])).toEqual({ message: 'tokens create: --days takes a whole number from 1 to 365 (api.tokenMaxDays), not "0"', showUsage: false });
    expect(refusal(['create', 'al', '--name', 'ci', '--scope', 'ADMIN'])).toEqual({ message: 'tokens create: --scope takes READ or WRITE, not "ADMIN"', showUsage: false });
  });
});
