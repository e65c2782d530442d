import { defineDocument } from '../GraphQLDocument';
import {
  POLICY_FINDING_FIELDS,
  SEVERITY_COUNTS_FIELDS,
  TREND_POINT_FIELDS,
  type PolicyFindingFields,
  type Severity,
  type SeverityCounts,
  type TrendPoint,
} from '../fragments/complianceFields';

/** A policy in force, as the governance page lists it. */
export interface PolicySummary {
  id: string;
  description: string | null;
  severity: Severity;
  rationale: string;
  /** The domain whose pack declares it; null for the global baseline. */
  domain: string | null;
  requirements: string[];
  target: { type: string; domains: string[] | null; products: string[] | null; tags: string[] | null; classifications: string[] | null; outputPort: boolean | null; status: string };
  raisedIn: Array<{ domain: string; severity: Severity }>;
  openFindings: number;
}

/** polder.yaml's policy set as last refused; `problems` is empty for those who may not write policies. */
export interface PolicySetRejection {
  problemCount: number;
  problems: string[];
  rejectedAt: string;
}

export interface GovernanceOverview {
  policySetRejection: PolicySetRejection | null;
  compliance: { openFindings: SeverityCounts; trend: TrendPoint[]; findings: PolicyFindingFields[] };
  domainCompliance: Array<{ domain: string; name: string; openFindings: SeverityCounts; trend: TrendPoint[] }>;
  policies: PolicySummary[];
}

export const governanceQuery = defineDocument<GovernanceOverview, { days: number; findings: number }>(
  /* GraphQL */ `
    query Governance($days: Int!, $findings: Int!) {
      policySetRejection {
        problemCount
        problems
        rejectedAt
      }
      compliance {
        openFindings {
          ...SeverityCountsFields
        }
        trend(days: $days) {
          ...TrendPointFields
        }
        findings(limit: $findings) {
          ...PolicyFindingFields
        }
      }
      domainCompliance {
        domain
        name
        openFindings {
          ...SeverityCountsFields
        }
        trend(days: $days) {
          ...TrendPointFields
        }
      }
      policies {
        id
        description
        severity
        rationale
        domain
        requirements
        target {
          type
          domains
          products
          tags
          classifications
          outputPort
          status
        }
        raisedIn {
          domain
          severity
        }
        openFindings
      }
    }
  `,
  SEVERITY_COUNTS_FIELDS,
  TREND_POINT_FIELDS,
  POLICY_FINDING_FIELDS,
);
