import type { EntityType } from '../schemaEnums';

/** One page of what a person or team answers for: enough of each asset to name it, say what kind it is, and link to it. */
export const OWNED_ASSETS_FIELDS = /* GraphQL */ `
  fragment OwnedAssetsFields on OwnedAssets {
    total
    assets {
      urn
      type
      ... on Domain {
        name
      }
      ... on DataProduct {
        name
      }
      ... on Dataset {
        name
        qualifiedName
      }
      ... on GlossaryTerm {
        name
      }
    }
  }
`;

export interface OwnedAssetFields {
  urn: string;
  /** DOMAIN, DATA_PRODUCT, DATASET or GLOSSARY_TERM: the kinds an owner answers for. */
  type: EntityType;
  name: string;
  /** A dataset's name in its store (`sales.public.orders`); absent for the other kinds. */
  qualifiedName?: string;
}

export interface OwnedAssetsFields {
  /** In all pages. */
  total: number;
  /** Domains, then data products, then datasets, then glossary terms, each kind by name. */
  assets: OwnedAssetFields[];
}
