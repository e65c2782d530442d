import type { TermLinkFields } from './termLinkFields';

/** One row of a dataset's schema table. Spreads TermLinkFields: append TERM_LINK_FIELDS once. */
export const FIELD_ROW_FIELDS = /* GraphQL */ `
  fragment FieldRowFields on Field {
    urn
    name
    position
    dataType
    nullable
    description
    isPrimaryKey
    version
    tags
    classifications
    inheritedClassifications
    terms {
      ...TermLinkFields
      classifications
    }
    references {
      urn
      name
    }
  }
`;

export interface FieldRowFields {
  urn: string;
  name: string;
  position: number;
  dataType: string | null;
  nullable: boolean;
  description: string | null;
  isPrimaryKey: boolean;
  /** Pass back as `expectedVersion` with an edit of the column (its terms). */
  version: number;
  tags: string[];
  /** Null when masked: its dataset is restricted and the viewer is outside its domain. */
  classifications: string[] | null;
  /** Those its glossary terms pass on (e.g. PII from "Email address"); null when masked, like `classifications`. */
  inheritedClassifications: string[] | null;
  /** Each with the classifications it passes on to the columns carrying it. */
  terms: Array<TermLinkFields & { classifications: string[] }>;
  /** The field a foreign key points at; its URN names its dataset. */
  references: { urn: string; name: string } | null;
}
