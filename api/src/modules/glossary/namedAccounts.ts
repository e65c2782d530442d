/**
 * The accounts a glossary object names: a term's reviewers, who agreed to a polyseme's mapping.
 * Naming is what grants a review (authorize.ts: whatever the account's roles), so a name must be
 * an account that can sign in: a mistyped one would list someone who does not exist, and a term
 * whose only reviewer is mistyped could never be approved.
 *
 *   readNamedAccounts(tx, ['bob', 'nosuchuser', 'Bob'])
 *   → Map { 'bob' → 'ENABLED', 'nosuchuser' → 'MISSING', 'Bob' → {lowerCase: 'bob'} }
 *   accountProblem('nosuchuser', 'MISSING') → 'no account "nosuchuser"'
 */
import type { ManagedTransaction } from 'neo4j-driver';

/** An enabled account, a disabled one, none, or none by that spelling but one in lower case (usernames are stored lower-case). */
export type AccountStanding = 'ENABLED' | 'DISABLED' | 'MISSING' | { lowerCase: string };

/** How each name stands, in one read for all of them. Constraint: account_username (migration 003). */
export async function readNamedAccounts(tx: Pick<ManagedTransaction, 'run'>, usernames: readonly string[]): Promise<Map<string, AccountStanding>> {
  const names = [...new Set(usernames)];
  if (names.length === 0) return new Map();
  const result = await tx.run(
    `UNWIND $names AS name
     OPTIONAL MATCH (a:Account {username: name})
     OPTIONAL MATCH (lower:Account {username: toLower(trim(name))})
     RETURN name, a IS NOT NULL AS found, coalesce(a.disabled, false) AS disabled, lower.username AS lowerCase`,
    { names },
  );
  return new Map(
    result.records.map((record) => {
      const name = record.get('name') as string;
      const lowerCase = record.get('lowerCase') as string | null;
      const standing: AccountStanding = record.get('found') ? (record.get('disabled') ? 'DISABLED' : 'ENABLED') : lowerCase ? { lowerCase } : 'MISSING';
      return [name, standing];
    }),
  );
}

/** Why `name` cannot be named (a reviewer, one who agreed), or null when it can. */
export function accountProblem(name: string, standing: AccountStanding | undefined): string | null {
  const quoted = JSON.stringify(name.slice(0, 100));
  if (standing === 'ENABLED') return null;
  if (standing === 'DISABLED') return `the account ${quoted} is disabled`;
  if (typeof standing === 'object') return `no account ${quoted} (usernames are lower-case: ${JSON.stringify(standing.lowerCase)})`;
  return `no account ${quoted}`;
}
