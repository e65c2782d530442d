import { defineDocument } from '../GraphQLDocument';
import { OWNED_ASSETS_FIELDS, type OwnedAssetsFields } from '../fragments/ownedAssetsFields';

/** A person of the directory, with their teams and a page of what they answer for. */
export interface PersonDetail {
  urn: string;
  /** As in the URN: a username in most directories. */
  id: string;
  name: string;
  email: string | null;
  title: string | null;
  /** ACTIVE, or REMOVED when the directory no longer lists them: then nobody's member or owner. */
  status: string;
  teamCount: number;
  /** The first page of their teams, by name. */
  teams: Array<{ urn: string; name: string }>;
  owns: OwnedAssetsFields;
}

export const personQuery = defineDocument<{ person: PersonDetail | null }, { urn: string; teamsShown: number; pageSize: number; ownsFrom: number }>(
  /* GraphQL */ `
    query Person($urn: ID!, $teamsShown: Int!, $pageSize: Int!, $ownsFrom: Int!) {
      person(urn: $urn) {
        urn
        id
        name
        email
        title
        status
        teamCount
        teams(limit: $teamsShown) {
          urn
          name
        }
        owns(limit: $pageSize, offset: $ownsFrom) {
          ...OwnedAssetsFields
        }
      }
    }
  `,
  OWNED_ASSETS_FIELDS,
);
