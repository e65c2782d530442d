/**
 * A data product's trust score: its own components (documentation, ownership,
 * certification, open incidents on it or its ports) and its output ports' mean
 * score, weighed by `trust.productWeights`; then capped:
 *
 *   score = min(weighted sum, worst score among its output ports and its upstream)
 *
 * Its upstream is its input ports and what its output ports derive from outside the
 * product. A product is no more trustworthy than the weakest data it serves or is
 * built from, so one on a failing upstream cannot score as healthy, however well it
 * is documented. Ports and upstream not scored yet are left out of the cap (and say so).
 */
import type { DataProductTrustWeights } from '@polder/runtime';
import type { DataProductTrustInputs, ScoredAsset } from './TrustInputs.ts';
import type { ComponentAssessment, TrustCapResult, TrustResult } from './TrustExplanation.ts';
import { certificationComponent, incidentsComponent, ownershipComponent } from './commonComponents.ts';
import { listed } from './listed.ts';
import { weighComponents } from './weighComponents.ts';

export interface DataProductScoringOptions {
  weights: DataProductTrustWeights;
  incidentPenalty: number;
  now: Date;
}

export function scoreDataProductTrust(inputs: DataProductTrustInputs, options: DataProductScoringOptions): TrustResult {
  const { score: uncappedScore, components } = weighComponents(
    {
      documentation: documentation(inputs),
      ownership: ownershipComponent(inputs.owners, inputs.urn),
      certification: certificationComponent(inputs.certification, inputs.urn, options.now),
      incidents: incidentsComponent(inputs.openIncidents, options.incidentPenalty),
      outputPorts: outputPorts(inputs.outputPorts),
    },
    options.weights,
  );
  const cap = weakest(inputs);
  return cap && cap.score < uncappedScore ? { score: cap.score, uncappedScore, components, cap } : { score: uncappedScore, uncappedScore, components, cap: null };
}

function documentation({ urn, description }: DataProductTrustInputs): ComponentAssessment {
  const described = description !== null && description.trim() !== '';
  return { value: described ? 1 : 0, evidence: [{ kind: 'description', urn, description: described ? 'has a description' : 'no description' }] };
}

function outputPorts(ports: ScoredAsset[]): ComponentAssessment {
  if (ports.length === 0) return { value: null, evidence: [{ kind: 'noOutputPorts', urn: null, description: 'no output ports' }] };
  const scored = ports.filter((port) => port.score !== null);
  const unscored = ports.length - scored.length;
  if (scored.length === 0) return { value: null, evidence: [{ kind: 'notScoredYet', urn: null, description: `${ports.length} output port${ports.length === 1 ? '' : 's'}, none scored yet` }] };
  const evidence = listed(scored, (port) => ({ kind: 'outputPort', urn: port.urn, description: `output port ${port.name} scores ${port.score}` }), 'output ports');
  if (unscored > 0) evidence.push({ kind: 'notScoredYet', urn: null, description: `${unscored} more output port${unscored === 1 ? '' : 's'} not scored yet` });
  return { value: scored.reduce((sum, port) => sum + port.score!, 0) / scored.length / 100, evidence };
}

/** The lowest-scoring output port or upstream dataset; an output port wins a tie, being what consumers read. */
function weakest({ outputPorts: ports, upstream }: DataProductTrustInputs): TrustCapResult | null {
  const candidates = [...ports.map((asset) => ({ asset, role: 'output port' })), ...upstream.map((asset) => ({ asset, role: 'upstream' }))].filter(({ asset }) => asset.score !== null);
  if (candidates.length === 0) return null;
  const worst = candidates.reduce((low, candidate) => (candidate.asset.score! < low.asset.score! ? candidate : low));
  return { urn: worst.asset.urn, score: worst.asset.score!, reason: `capped by its weakest ${worst.role}, ${worst.asset.name}, which scores ${worst.asset.score}` };
}
