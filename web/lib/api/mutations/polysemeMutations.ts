import { defineDocument } from '../GraphQLDocument';
import type { MappingKind, PolysemeStatus } from '../schemaEnums';

/**
 * The polyseme writes the web makes (the council's and admins'). Each takes the
 * `expectedVersion` the page read; a stale one is a CONFLICT and changes nothing.
 */
/** What every polyseme write answers: the polyseme as it now is. */
export interface WrittenPolyseme {
  urn: string;
  version: number;
}
type Written<TName extends string> = { [K in TName]: WrittenPolyseme };

export interface UpdatePolysemeFields {
  urn: string;
  expectedVersion: number;
  label: string;
  /** Markdown; null removes it. */
  description: string | null;
  polysemeStatus: PolysemeStatus;
  comment: string | null;
}

export interface SetSenseMappingFields {
  urn: string;
  expectedVersion: number;
  fromUrn: string;
  toUrn: string;
  kind: MappingKind;
  rule: string;
  agreedBy: string[];
  comment: string | null;
}

export interface RemoveSenseMappingFields {
  urn: string;
  expectedVersion: number;
  fromUrn: string;
  toUrn: string;
  comment: string | null;
}

const WRITTEN = /* GraphQL */ `
  urn
  version
`;

export const updatePolysemeMutation = defineDocument<Written<'updatePolyseme'>, { input: UpdatePolysemeFields }>(/* GraphQL */ `
  mutation UpdatePolyseme($input: UpdatePolysemeInput!) {
    updatePolyseme(input: $input) {
      ${WRITTEN}
    }
  }
`);

export const setSenseMappingMutation = defineDocument<Written<'setSenseMapping'>, { input: SetSenseMappingFields }>(/* GraphQL */ `
  mutation SetSenseMapping($input: SetSenseMappingInput!) {
    setSenseMapping(input: $input) {
      ${WRITTEN}
    }
  }
`);

export const removeSenseMappingMutation = defineDocument<Written<'removeSenseMapping'>, { input: RemoveSenseMappingFields }>(/* GraphQL */ `
  mutation RemoveSenseMapping($input: RemoveSenseMappingInput!) {
    removeSenseMapping(input: $input) {
      ${WRITTEN}
    }
  }
`);
