/**
 * What each requirement a policy may name means (the names and where they apply
 * are declared in @polder/runtime's policySet.ts). A check returns null when the
 * asset meets it, else why not, in words a steward can act on, with the evidence.
 */
import type { Requirement, RequirementName } from '@polder/runtime';
import type { AssetFacts, TermFact } from './PolicyFacts.ts';
import { describeContractProblem } from '../dataset/compareWithContract.ts';

export interface Evidence {
  kind: string;
  /** The asset, term, product or check it points at, when there is one. */
  urn: string | null;
  description: string;
}

export interface Shortfall {
  requirement: RequirementName;
  message: string;
  evidence: Evidence[];
  /**
   * True when the message or evidence names a term the glossary classifies (e.g. PII): on a restricted
   * dataset, that tells a masked classification (access/maskedInCypher.ts), so the finding is withheld
   * from callers who may not see it.
   */
  namesClassifiedTerm?: boolean;
}

type Check = (asset: AssetFacts, value: string | number | undefined) => Omit<Shortfall, 'requirement'> | null;

/** How many of a broken contract's problems a finding names; it counts them all. */
const CONTRACT_PROBLEMS_NAMED = 3;

const sameText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

const isClassified = (term: TermFact) => term.classifications.length > 0;

const CHECKS: Record<RequirementName, Check> = {
  owner: (asset) => (asset.owners.length > 0 ? null : { message: 'has no owner', evidence: [{ kind: 'owners', urn: asset.urn, description: 'no owner set by a person or declared by its source' }] }),
  description: (asset) =>
    asset.description && asset.description.trim() !== '' ? null : { message: 'has no description', evidence: [{ kind: 'description', urn: asset.urn, description: 'no description written or crawled' }] },
  freshnessSlo: (asset) =>
    asset.freshnessSlo
      ? null
      : {
          message: 'declares no freshness SLO',
          evidence: [{ kind: 'freshnessSlo', urn: asset.urn, description: asset.type === 'dataProduct' ? 'its contract has no latency SLA' : 'no product exposing it has a latency SLA, and no freshness check watches it' }],
        },
  active: (asset) =>
    asset.status === 'ACTIVE'
      ? null
      : {
          message: asset.outputPort ? `was removed from its source but is still an output port of ${asset.products.map((product) => product.name).join(', ')}` : 'was removed from its source',
          evidence: [{ kind: 'status', urn: asset.urn, description: `status ${asset.status}` }, ...asset.products.map((product) => ({ kind: 'product', urn: product.urn, description: `exposed by ${product.name}` }))],
        },
  approvedTerms: (asset) => {
    const unapproved = asset.terms.filter((term) => term.termStatus !== 'APPROVED');
    return unapproved.length === 0
      ? null
      : {
          message: `carries terms that are not Approved: ${unapproved.map((term) => `${term.name} (${term.termStatus})`).join(', ')}`,
          evidence: unapproved.map((term) => ({ kind: 'term', urn: term.urn, description: `${term.name} is ${term.termStatus}` })),
          namesClassifiedTerm: unapproved.some(isClassified),
        };
  },
  term: (asset, value) => {
    const wanted = String(value);
    // A "PII term" is the term named PII (or so by synonym), or any term the glossary classifies PII.
    const carried = asset.terms.some(
      (term) => term.urn === wanted || [term.name, ...term.synonyms, ...term.classifications].some((text) => sameText(text, wanted)),
    );
    return carried
      ? null
      : {
          message: `carries no "${wanted}" term`,
          evidence: [{ kind: 'terms', urn: asset.urn, description: asset.terms.length > 0 ? `its terms: ${asset.terms.map((term) => term.name).join(', ')}` : 'it carries no term' }],
          namesClassifiedTerm: asset.terms.some(isClassified),
        };
  },
  restricted: (asset) =>
    asset.restricted ? null : { message: 'has no access policy (its dataset is not restricted)', evidence: [{ kind: 'restricted', urn: asset.urn, description: 'anyone who may read the catalog sees its sensitive values' }] },
  tag: (asset, value) => {
    const wanted = String(value);
    return asset.tags.some((tag) => sameText(tag, wanted)) ? null : { message: `is not tagged "${wanted}"`, evidence: [{ kind: 'tags', urn: asset.urn, description: asset.tags.length > 0 ? `its tags: ${asset.tags.join(', ')}` : 'it has no tag' }] };
  },
  certified: (asset) => (asset.certified ? null : { message: 'is not certified', evidence: [{ kind: 'certification', urn: asset.urn, description: 'no active certification (never given, expired or suspended)' }] }),
  minTrust: (asset, value) => {
    const least = Number(value);
    if (asset.trustScore === null) return { message: `has no trust score yet (at least ${least} required)`, evidence: [{ kind: 'trust', urn: asset.urn, description: 'not scored yet' }] };
    return asset.trustScore >= least ? null : { message: `has a trust score of ${asset.trustScore}, below ${least}`, evidence: [{ kind: 'trust', urn: asset.urn, description: `trust score ${asset.trustScore}` }] };
  },
  qualityChecks: (asset) => (asset.qualityChecks > 0 ? null : { message: 'has no quality check', evidence: [{ kind: 'qualityChecks', urn: asset.urn, description: 'no active quality check watches it' }] }),
  outputPorts: (asset) => (asset.outputPorts > 0 ? null : { message: 'exposes no output port', evidence: [{ kind: 'outputPorts', urn: asset.urn, description: 'no active dataset is an output port of it' }] }),
  // Met by a table no contract describes: there is no promise to break.
  contractConformance: (asset) => {
    const broken = asset.contracts.filter((contract) => contract.problems.length > 0);
    if (broken.length === 0) return null;
    return {
      message: broken
        .map(({ promise, problems }) => {
          const named = problems.slice(0, CONTRACT_PROBLEMS_NAMED).map(describeContractProblem);
          const more = problems.length - named.length;
          return `does not keep contract object ${promise.name} (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}): ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
        })
        .join('; '),
      evidence: broken.flatMap(({ promise, problems }) => [
        ...problems.slice(0, CONTRACT_PROBLEMS_NAMED).map((problem) => ({ kind: 'contract', urn: promise.urn, description: describeContractProblem(problem) })),
        ...(problems.length > CONTRACT_PROBLEMS_NAMED ? [{ kind: 'contract', urn: promise.urn, description: `and ${problems.length - CONTRACT_PROBLEMS_NAMED} more, listed with the dataset's data contract` }] : []),
      ]),
    };
  },
};

/** Why the asset falls short of the requirement, or null when it meets it. */
export function shortfallOf(asset: AssetFacts, requirement: Requirement): Shortfall | null {
  const shortfall = CHECKS[requirement.name](asset, requirement.value);
  return shortfall && { requirement: requirement.name, ...shortfall };
}
