/** Open policy findings counted by severity. */
export interface SeverityCounts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
  total: number;
}

/** Findings open at the end of one day (for today: now). */
export interface TrendPoint {
  date: string;
  /** False for a day that ended before the first policy was in force: its counts say nothing. */
  measured: boolean;
  open: SeverityCounts;
}

export type Severity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFO';

/** Where an asset breaks a policy, and on what evidence. */
export interface PolicyFindingFields {
  urn: string;
  policyId: string;
  assetUrn: string;
  assetType: string;
  severity: Severity;
  message: string;
  openedAt: string;
  evidence: Array<{ kind: string; urn: string | null; description: string }>;
}

export const SEVERITY_COUNTS_FIELDS = /* GraphQL */ `
  fragment SeverityCountsFields on SeverityCounts {
    critical
    high
    medium
    low
    info
    total
  }
`;

/** Uses SeverityCountsFields: a document spreading it includes SEVERITY_COUNTS_FIELDS too. */
export const TREND_POINT_FIELDS = /* GraphQL */ `
  fragment TrendPointFields on ComplianceTrendPoint {
    date
    measured
    open {
      ...SeverityCountsFields
    }
  }
`;

export const POLICY_FINDING_FIELDS = /* GraphQL */ `
  fragment PolicyFindingFields on PolicyFinding {
    urn
    policyId
    assetUrn
    assetType
    severity
    message
    openedAt
    evidence {
      kind
      urn
      description
    }
  }
`;
