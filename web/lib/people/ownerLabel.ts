import type { ResolvedOwner } from '../urls/ownerHref';

/**
 * What to call an owner entry on a page: as it was written (`ana`, `Ana Lima <ana@shop.example>`), except an entry
 * written as the URN of the person or team it names, which reads as their name. A URN is how a tool names
 * someone for sure, not how a reader knows them.
 */
export function ownerLabel(owner: ResolvedOwner): string {
  const named = owner.person ?? owner.team;
  return named && owner.name.trim().toLowerCase() === named.urn.toLowerCase() ? named.name : owner.name;
}
