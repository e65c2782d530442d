import { personHref } from './personHref';
import { teamHref } from './teamHref';

/** An owner entry as the API resolves it: the person or team its name names, if exactly one does (api/schema.graphql, Owner). */
export interface ResolvedOwner {
  name: string;
  person: { urn: string; name: string } | null;
  team: { urn: string; name: string } | null;
}

/**
 * The page of whoever an owner entry names, or null for a name the directory does not know (or knows
 * twice): that stays text. An entry that is both a person's and a team's (an id `erp` of each) opens the
 * person's page, who can be reached; the team is one link further, among their teams.
 */
export function ownerHref(owner: ResolvedOwner): string | null {
  if (owner.person) return personHref(owner.person.urn);
  if (owner.team) return teamHref(owner.team.urn);
  return null;
}
