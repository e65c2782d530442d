import type { OwnershipType } from '../schemaEnums';

/** An owner entry of a dataset, data product or domain, with the person or team it names (so a page can link to them). */
export const OWNER_FIELDS = /* GraphQL */ `
  fragment OwnerFields on Owner {
    name
    type
    edited
    person {
      urn
      name
    }
    team {
      urn
      name
    }
  }
`;

export interface OwnerFields {
  /** As written: a name, an id or an e-mail address. */
  name: string;
  type: OwnershipType;
  /** Set by a person through Polder, rather than declared by the source. */
  edited: boolean;
  /** The one active person of the directory the name names; null for nobody, or more than one. */
  person: { urn: string; name: string } | null;
  /** The one active team the name names, by the same rule. */
  team: { urn: string; name: string } | null;
}
