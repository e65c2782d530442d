import type { CertificationState } from './TrustInputs.ts';

/** The certification a person set (editable_*, see edits/editableView.ts), as the scoring functions read it. */
export function certificationState(props: Record<string, unknown>): CertificationState {
  return {
    certified: props.editable_certified === true,
    by: (props.editable_certifiedBy as string | undefined) ?? null,
    expiresAt: (props.editable_certificationExpiresAt as string | undefined) ?? null,
    suspendedAt: (props.editable_certificationSuspendedAt as string | undefined) ?? null,
    suspendedReason: (props.editable_certificationSuspendedReason as string | undefined) ?? null,
  };
}

/** The properties certificationState reads, for a Cypher projection. */
export const CERTIFICATION_PROJECTION =
  '{.editable_certified, .editable_certifiedBy, .editable_certificationExpiresAt, .editable_certificationSuspendedAt, .editable_certificationSuspendedReason}';
