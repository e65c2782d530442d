/** Enough of a data product to list it on a card: who answers for it, its contract, its SLO and its trust. */
export const DATA_PRODUCT_SUMMARY_FIELDS = /* GraphQL */ `
  fragment DataProductSummaryFields on DataProduct {
    urn
    name
    description
    team
    owners {
      name
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
`;

export interface DataProductSummaryFields {
  urn: string;
  name: string;
  description: string | null;
  /** The team its contract names; its current members are the owners. */
  team: string | null;
  owners: Array<{ name: string }>;
  /** As its contract writes it: proposed, draft, active, deprecated, retired. */
  contractStatus: string | null;
  contractVersion: string | null;
  sla: { freshnessSloSeconds: number | null };
  /** Null until the trust scorer has seen it. */
  trust: { score: number } | null;
}
