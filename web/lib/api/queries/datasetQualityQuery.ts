import { defineDocument } from '../GraphQLDocument';

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

export interface DatasetTrust {
  /** 0–100. */
  score: number;
  /** ISO 8601. */
  computedAt: string;
  components: TrustComponent[];
}

export interface CheckResultSummary {
  /** PASS, FAIL, WARN, ERROR or SKIPPED. */
  outcome: string;
  observedValue: number | null;
  message: string | null;
  /** ISO 8601; null when the source did not say. */
  evaluatedAt: string | null;
}

export interface QualityCheckSummary {
  urn: string;
  name: string;
  kind: string;
  source: string;
  column: string | null;
  latestResult: CheckResultSummary | null;
}

export interface OpenIncident {
  urn: string;
  title: string;
  openedAt: string;
  lastFailedAt: string;
  failureCount: number;
  message: string | null;
}

/**
 * A dataset's trust score with its reasons, its quality checks and its open incidents: all of them, as its
 * checks are (a check has at most one open incident), up to the API's largest page.
 */
export interface DatasetQuality {
  urn: string;
  /** Null until the scorer has seen it. */
  trust: DatasetTrust | null;
  qualityChecks: QualityCheckSummary[];
  incidents: OpenIncident[];
}

export const datasetQualityQuery = defineDocument<{ dataset: DatasetQuality | null }, { urn: string }>(/* GraphQL */ `
  query DatasetQuality($urn: ID!) {
    dataset(urn: $urn) {
      urn
      trust {
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
      qualityChecks {
        urn
        name
        kind
        source
        column
        latestResult {
          outcome
          observedValue
          message
          evaluatedAt
        }
      }
      incidents(state: OPEN, limit: 500) {
        urn
        title
        openedAt
        lastFailedAt
        failureCount
        message
      }
    }
  }
`);
