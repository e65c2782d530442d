import { defineDocument } from '../GraphQLDocument';
import { TRUST_SCORE_FIELDS, type TrustScoreFields } from '../fragments/trustScoreFields';

/** A dataset's trust score, with its components. */
export type DatasetTrust = TrustScoreFields;

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
        ...TrustScoreFields
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
`, TRUST_SCORE_FIELDS);
