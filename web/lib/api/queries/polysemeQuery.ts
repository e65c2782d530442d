import { defineDocument } from '../GraphQLDocument';
import { IDENTITY_FIELD_FIELDS, type IdentityFieldFields } from '../fragments/identityFieldFields';
import { TERM_OWNER_FIELDS, type TermOwnerFields } from '../fragments/termOwnerFields';
import type { MappingKind, PolysemeStatus } from '../schemaEnums';

export interface SenseTerm {
  urn: string;
  name: string;
  definition: string | null;
  termStatus: string;
  glossary: string;
  domain: { id: string; name: string } | null;
  /** Its owner entries, each with the person or team it names. */
  ownerEntries: TermOwnerFields[];
  identityFields: IdentityFieldFields[];
  /** May the viewer edit this sense (its domain's owners, stewards, admins)? Its identity columns are edited on its term page. */
  viewerCanEdit: boolean;
}

export interface SenseMappingEntry {
  /** Each sense with its domain, to name it by (senseLabel). */
  from: { urn: string; name: string; glossary: string; domain: { name: string } | null };
  to: { urn: string; name: string; glossary: string; domain: { name: string } | null };
  kind: MappingKind;
  rule: string;
  agreedBy: string[];
}

export interface PolysemeDetail {
  urn: string;
  label: string;
  description: string | null;
  polysemeStatus: PolysemeStatus;
  /** How many edits its global part has had: sent back as `expectedVersion`. */
  version: number;
  senses: SenseTerm[];
  mappings: SenseMappingEntry[];
  /** Whether the viewer may change its label, senses and mappings: the data council and admins only. */
  viewerCanGovern: boolean;
}

export const polysemeQuery = defineDocument<{ polyseme: PolysemeDetail | null }, { urn: string }>(
  /* GraphQL */ `
    query Polyseme($urn: ID!) {
      polyseme(urn: $urn) {
        urn
        label
        description
        polysemeStatus
        version
        senses {
          urn
          name
          definition
          termStatus
          glossary
          domain {
            id
            name
          }
          ownerEntries {
            ...TermOwnerFields
          }
          identityFields {
            ...IdentityFieldFields
          }
          viewerCanEdit
        }
        mappings {
          from {
            urn
            name
            glossary
            domain {
              name
            }
          }
          to {
            urn
            name
            glossary
            domain {
              name
            }
          }
          kind
          rule
          agreedBy
        }
        viewerCanGovern
      }
    }
  `,
  IDENTITY_FIELD_FIELDS,
  TERM_OWNER_FIELDS,
);
