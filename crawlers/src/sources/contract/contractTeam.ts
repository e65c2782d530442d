/**
 * Who answers for a contract: its team's name, and its current members (those
 * without a `dateOut`) by username, e.g. `{ name: 'my-team', owners: ['mhopper', 'daustin'] }`.
 * Both ODCS shapes are read: v3.1's team object and v3.0's list of members.
 *
 * They are kept as names (`owners`), not as OWNED_BY edges to Person nodes:
 * people are identities every source shares, while a crawl owns what it writes
 * and removes it when the source stops reporting it (as dbtOwners.ts explains).
 */
import type { OdcsContract } from './OdcsContract.ts';

export interface ContractTeam {
  name: string | null;
  owners: string[];
}

export function contractTeam({ team }: OdcsContract): ContractTeam {
  const members = Array.isArray(team) ? team : (team?.members ?? []);
  const current = members.filter((member) => member.dateOut === undefined).map((member) => member.username);
  return { name: Array.isArray(team) ? null : (team?.name ?? null), owners: [...new Set(current)] };
}
