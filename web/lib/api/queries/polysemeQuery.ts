import { defineDocument } from '../GraphQLDocument';
import type { MappingKind, PolysemeStatus } from '../schemaEnums';

export interface SenseTerm {
  urn: string;
  name: string;
  definition: string | null;
  termStatus: string;
  glossary: string;
  domain: { id: string; name: string } | null;
  owners: string[];
  identityFields: Array<{ urn: string; name: string; dataset: { urn: string; name: string; qualifiedName: string } | null }>;
}

export interface SenseMappingEntry {
  from: { urn: string; name: string; glossary: string };
  to: { urn: string; name: string; glossary: string };
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

export const polysemeQuery = defineDocument<{ polyseme: PolysemeDetail | null }, { urn: string }>(/* GraphQL */ `
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
        owners
        identityFields {
          urn
          name
          dataset {
            urn
            name
            qualifiedName
          }
        }
      }
      mappings {
        from {
          urn
          name
          glossary
        }
        to {
          urn
          name
          glossary
        }
        kind
        rule
        agreedBy
      }
      viewerCanGovern
    }
  }
`);
