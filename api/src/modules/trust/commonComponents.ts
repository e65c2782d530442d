/** Components a dataset and a data product score the same way. */
import type { CertificationState } from './TrustInputs.ts';
import type { ComponentAssessment } from './TrustExplanation.ts';
import { listed } from './listed.ts';

export function ownershipComponent(owners: string[], urn: string): ComponentAssessment {
  if (owners.length === 0) return { value: 0, evidence: [{ kind: 'noOwner', urn, description: 'no owner' }] };
  return { value: 1, evidence: [{ kind: 'owner', urn, description: `owned by ${owners.join(', ')}` }] };
}

/** Counts only while it holds: certified, not expired, not suspended by a low score. */
export function certificationComponent(state: CertificationState, urn: string, now: Date): ComponentAssessment {
  if (!state.certified) return { value: 0, evidence: [{ kind: 'notCertified', urn, description: 'not certified' }] };
  if (state.expiresAt !== null && new Date(state.expiresAt).getTime() <= now.getTime()) {
    return { value: 0, evidence: [{ kind: 'certificationExpired', urn, description: `certification expired at ${state.expiresAt}` }] };
  }
  if (state.suspendedAt !== null) {
    return { value: 0, evidence: [{ kind: 'certificationSuspended', urn, description: `certification suspended at ${state.suspendedAt}: ${state.suspendedReason ?? 'no reason recorded'}` }] };
  }
  return { value: 1, evidence: [{ kind: 'certified', urn, description: `certified by ${state.by ?? 'unknown'} until ${state.expiresAt}` }] };
}

/** A penalty: each open incident takes `penalty` off a full component, down to 0. */
export function incidentsComponent(open: Array<{ urn: string; title: string }>, penalty: number): ComponentAssessment {
  if (open.length === 0) return { value: 1, evidence: [{ kind: 'noIncidents', urn: null, description: 'no open incidents' }] };
  return {
    value: Math.max(0, 1 - penalty * open.length),
    evidence: listed(open, (incident) => ({ kind: 'incident', urn: incident.urn, description: `open incident: ${incident.title}` }), 'open incidents'),
  };
}
