import { urnHref } from '../urls/entityHref';

/** The parts of an asset's page that trust evidence about the asset itself is about. */
export type TrustTopic = 'description' | 'columns' | 'owners' | 'certification' | 'lineage';

/** The anchor id of each part on the page showing the evidence; a part the page lacks is left out. */
export type TrustSectionIds = Partial<Record<TrustTopic, string>>;

/** Evidence kinds about the scored asset itself (api/src/modules/trust): their URN is the asset's own. */
const TOPIC_BY_KIND: ReadonlyMap<string, TrustTopic> = new Map([
  ['description', 'description'],
  ['columns', 'columns'],
  ['owner', 'owners'],
  ['noOwner', 'owners'],
  ['certified', 'certification'],
  ['notCertified', 'certification'],
  ['certificationExpired', 'certification'],
  ['certificationSuspended', 'certification'],
  ['sourceTable', 'lineage'],
  ['noUpstream', 'lineage'],
]);

/**
 * Where a piece of trust evidence leads: about the asset itself, to the part of its page it is about
 * (`#owners`), or nowhere when the page has no such part (a link to the page one is on explains
 * nothing); about another asset (an upstream dataset, an undescribed column), to that asset; else nowhere.
 */
export function evidenceHref(evidence: { kind: string; urn: string | null }, sections: TrustSectionIds): string | null {
  const topic = TOPIC_BY_KIND.get(evidence.kind);
  if (topic) {
    const id = sections[topic];
    return id ? `#${id}` : null;
  }
  return evidence.urn ? urnHref(evidence.urn) : null;
}
