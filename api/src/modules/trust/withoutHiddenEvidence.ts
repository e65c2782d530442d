/**
 * A stored trust score as one caller may read it. The scorer writes one explanation per asset for
 * everyone (writeTrustScores.ts), so its evidence can name an asset of a private domain: an upstream
 * dataset, a job writing the dataset, a product's weakest input. For a caller who may not see that
 * asset, each such item becomes one anonymous line per kind ("1 upstream dataset you may not see")
 * at the place of the first, and a cap keeps its score but loses its URN and name.
 *
 * The score, and each component's value and contribution, stay as computed. They were computed over
 * everything, and rightly: a dataset fed by a private table does have known lineage. Recomputing per
 * caller would give one asset several scores (and the difference would tell what was left out);
 * what a caller may not learn is which asset the evidence names, not that there is one.
 *
 *   { kind: 'upstream', urn: 'urn:…ledger', description: 'derives from ledger' }
 *     → { kind: 'notVisible', urn: null, description: '1 upstream dataset you may not see' }
 */
import type { TrustEvidence, TrustScore } from './trust.type.ts';

/** The anonymous line that stands for `count` hidden items of each kind. */
const HIDDEN_KINDS: Record<string, (count: number) => string> = {
  upstream: (count) => `${count} upstream dataset${plural(count)} you may not see`,
  unknownInputs: (count) => `written by ${count} job${plural(count)} you may not see, whose inputs are not known`,
  outputPort: (count) => `${count} output port${plural(count)} you may not see`,
  check: (count) => `${count} check${plural(count)} you may not see`,
  result: (count) => `${count} check result${plural(count)} you may not see`,
  incident: (count) => `${count} open incident${plural(count)} about assets you may not see`,
};
const ANY_KIND = (count: number) => `${count} item${plural(count)} you may not see`;

/** The URNs a stored score names besides its own asset and that asset's columns: those a caller might not see. */
export function evidenceUrns(trust: TrustScore, subjectUrn: string): string[] {
  const ownColumn = `urn:polder:field:(${subjectUrn},`;
  const named = [...trust.components.flatMap((component) => component.evidence.map((item) => item.urn)), trust.cap?.urn];
  return [...new Set(named.filter((urn): urn is string => typeof urn === 'string' && urn !== subjectUrn && !urn.startsWith(ownColumn)))];
}

export function withoutHiddenEvidence(trust: TrustScore, hidden: ReadonlySet<string>): TrustScore {
  if (hidden.size === 0) return trust;
  const components = trust.components.map((component) => ({ ...component, evidence: anonymised(component.evidence, hidden) }));
  const cap = trust.cap && trust.cap.urn && hidden.has(trust.cap.urn) ? { urn: null, score: trust.cap.score, reason: hiddenCapReason(trust.cap.reason, trust.cap.score) } : trust.cap;
  return { ...trust, components, cap };
}

function anonymised(evidence: TrustEvidence[], hidden: ReadonlySet<string>): TrustEvidence[] {
  const result: TrustEvidence[] = [];
  const standIns = new Map<string, { item: TrustEvidence; count: number }>();
  for (const item of evidence) {
    if (!item.urn || !hidden.has(item.urn)) {
      result.push(item);
      continue;
    }
    const standIn = standIns.get(item.kind);
    if (standIn) {
      standIn.count++;
      continue;
    }
    const created = { item: { kind: 'notVisible', urn: null, description: '' }, count: 1 };
    standIns.set(item.kind, created);
    result.push(created.item);
  }
  for (const [kind, { item, count }] of standIns) {
    item.description = (HIDDEN_KINDS[kind] ?? ANY_KIND)(count);
  }
  return result;
}

/** scoreDataProductTrust.ts words a cap "capped by its weakest <role>, <name>, which scores <n>"; the name goes. */
function hiddenCapReason(reason: string, score: number): string {
  const role = /^capped by its weakest (output port|upstream),/.exec(reason)?.[1];
  return role ? `capped by its weakest ${role}, a dataset you may not see, which scores ${score}` : `capped by a dataset you may not see, which scores ${score}`;
}

function plural(count: number): string {
  return count === 1 ? '' : 's';
}
