import { defineDocument } from '../GraphQLDocument';
import { CONTRACT_CONFORMANCE_FIELDS, type ContractConformanceFields } from '../fragments/contractConformanceFields';
import { DATASET_LINK_FIELDS, type DatasetLinkFields } from '../fragments/datasetLinkFields';
import type { DatasetCertification, DatasetOwner } from './datasetQuery';
import { OWNER_FIELDS } from '../fragments/ownerFields';
import { TRUST_SCORE_FIELDS, type TrustScoreFields } from '../fragments/trustScoreFields';

/** An output port: a dataset the product exposes, with its trust and the contract objects that describe it (or that it describes). */
export interface OutputPortFields extends DatasetLinkFields {
  subtype: string;
  trust: { score: number } | null;
  /** For a crawled table: the contract objects that promise it. */
  describedBy: Array<{ urn: string; name: string }>;
  /** For a contract object (platform `contract`): the crawled tables it describes; empty when none was found. */
  describes: DatasetLinkFields[];
  /** For a crawled table: how it keeps each contract object in `describedBy`. */
  contractConformance: ContractConformanceFields[];
}

export interface InputPortFields {
  dataset: DatasetLinkFields & { dataProducts: Array<{ urn: string; name: string }> };
  /** Declared by the product (CONSUMES), rather than found through lineage only. */
  declared: boolean;
  /** The product's output ports that derive from it. */
  feeds: Array<{ urn: string; name: string }>;
}

export interface DataProductTrust extends TrustScoreFields {
  /** The weighted sum before a cap. */
  uncappedScore: number;
  /** The output port or upstream dataset that holds the score down, if one does; its URN is null when the viewer may not see it. */
  cap: { urn: string | null; score: number; reason: string } | null;
}

export interface DataProductDetail {
  urn: string;
  name: string;
  description: string | null;
  usage: string | null;
  limitations: string | null;
  team: string | null;
  owners: DatasetOwner[];
  tags: string[];
  contractStatus: string | null;
  contractVersion: string | null;
  /** Pass back as `expectedVersion` with an edit: the API refuses it if someone edited since. */
  version: number;
  certification: DatasetCertification | null;
  viewerCanEdit: boolean;
  domain: { urn: string; name: string } | null;
  sla: {
    freshnessSloSeconds: number | null;
    freshnessSloElement: string | null;
    entries: Array<{ key: string; value: string }>;
  };
  trust: DataProductTrust | null;
  outputPorts: OutputPortFields[];
  inputPorts: InputPortFields[];
}

export const dataProductQuery = defineDocument<{ dataProduct: DataProductDetail | null }, { urn: string }>(
  /* GraphQL */ `
    query DataProduct($urn: ID!) {
      dataProduct(urn: $urn) {
        urn
        name
        description
        usage
        limitations
        team
        owners {
          ...OwnerFields
        }
        tags
        contractStatus
        contractVersion
        version
        certification {
          active
          by
          at
          expiresAt
          note
        }
        viewerCanEdit
        domain {
          urn
          name
        }
        sla {
          freshnessSloSeconds
          freshnessSloElement
          entries {
            key
            value
          }
        }
        trust {
          ...TrustScoreFields
          uncappedScore
          cap {
            urn
            score
            reason
          }
        }
        outputPorts {
          ...DatasetLinkFields
          subtype
          trust {
            score
          }
          describedBy {
            urn
            name
          }
          describes {
            ...DatasetLinkFields
          }
          contractConformance {
            ...ContractConformanceFields
          }
        }
        inputPorts {
          declared
          dataset {
            ...DatasetLinkFields
            dataProducts {
              urn
              name
            }
          }
          feeds {
            urn
            name
          }
        }
      }
    }
  `,
  DATASET_LINK_FIELDS,
  TRUST_SCORE_FIELDS,
  OWNER_FIELDS,
  CONTRACT_CONFORMANCE_FIELDS,
);
