/** Enough of a dataset to link to it from a list (upstream, downstream, ...). */
export const DATASET_LINK_FIELDS = /* GraphQL */ `
  fragment DatasetLinkFields on Dataset {
    urn
    name
    qualifiedName
    platform
    status
    domain {
      name
    }
  }
`;

export interface DatasetLinkFields {
  urn: string;
  name: string;
  qualifiedName: string;
  platform: string;
  status: string;
  domain: { name: string } | null;
}
