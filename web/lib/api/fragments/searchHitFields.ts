import type { EntityType } from '../schemaEnums';

export const SEARCH_HIT_FIELDS = /* GraphQL */ `
  fragment SearchHitFields on SearchHit {
    urn
    type
    name
    qualifiedName
    description
    domain
    platform
    subtype
    matchedFields
    highlights {
      field
      snippet
    }
  }
`;

export interface SearchHitFields {
  urn: string;
  type: EntityType;
  name: string;
  qualifiedName: string | null;
  description: string | null;
  domain: string | null;
  platform: string | null;
  subtype: string | null;
  matchedFields: string[];
  /** `snippet` marks matches with <mark>…</mark>; the rest is raw, unescaped text. */
  highlights: Array<{ field: string; snippet: string }>;
}
