import { defineDocument } from '../GraphQLDocument';
import {
  POLICY_FINDING_FIELDS,
  SEVERITY_COUNTS_FIELDS,
  TREND_POINT_FIELDS,
  type PolicyFindingFields,
  type SeverityCounts,
  type TrendPoint,
} from '../fragments/complianceFields';

/** Whose compliance: a domain (by id) or a data product (by URN). */
export type ComplianceScope = { domain: string } | { dataProduct: string };

export interface ComplianceDetail {
  openFindings: SeverityCounts;
  trend: TrendPoint[];
  findings: PolicyFindingFields[];
}

export const complianceQuery = defineDocument<{ compliance: ComplianceDetail }, { input: ComplianceScope; days: number; findings: number }>(
  /* GraphQL */ `
    query Compliance($input: ComplianceInput, $days: Int!, $findings: Int!) {
      compliance(input: $input) {
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
    }
  `,
  SEVERITY_COUNTS_FIELDS,
  TREND_POINT_FIELDS,
  POLICY_FINDING_FIELDS,
);
