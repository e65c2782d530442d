import { OWNER_FIELDS, type OwnerFields } from './ownerFields';

/** Enough of a data product to list it on a card: who answers for it, its contract, its SLO and its trust. */
export const DATA_PRODUCT_SUMMARY_FIELDS = /* GraphQL */ `
  fragment DataProductSummaryFields on DataProduct {
    urn
    name
    description
    team
    owners {
      ...OwnerFields
    }
    contractStatus
    contractVersion
    sla {
      freshnessSloSeconds
    }
    trust {
      score
    }
  }
  ${OWNER_FIELDS}
`;

export interface DataProductSummaryFields {
  urn: string;
  name: string;
  description: string | null;
  /** The team its contract names; its current members are the owners. */
  team: string | null;
  owners: OwnerFields[];
  /** As its contract writes it: proposed, draft, active, deprecated, retired. */
  contractStatus: string | null;
  contractVersion: string | null;
  sla: { freshnessSloSeconds: number | null };
  /** Null until the trust scorer has seen it. */
  trust: { score: number } | null;
}
