/** A trust score with the components it adds up from and what each rests on: the trust section of a dataset or a product. */
export const TRUST_SCORE_FIELDS = /* GraphQL */ `
  fragment TrustScoreFields on TrustScore {
    score
    computedAt
    components {
      name
      value
      weight
      contribution
      evidence {
        kind
        urn
        description
      }
    }
  }
`;

/** What a trust component rests on; `urn` names a dataset, column, check, result or incident when there is one. */
export interface TrustEvidence {
  kind: string;
  urn: string | null;
  description: string;
}

export interface TrustComponent {
  /** documentation, ownership, quality, freshness, lineage, certification, usage, incidents, contract. */
  name: string;
  /** 0–1; null when there is no evidence either way (its weight is then left out). */
  value: number | null;
  weight: number;
  /** Points of the score it gives. */
  contribution: number;
  evidence: TrustEvidence[];
}

export interface TrustScoreFields {
  /** 0–100. */
  score: number;
  /** ISO 8601. */
  computedAt: string;
  components: TrustComponent[];
}
