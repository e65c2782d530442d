import { defineDocument } from '../GraphQLDocument';
import { VIEWER_FIELDS, type ViewerFields } from '../fragments/viewerFields';

export interface LoginPayload {
  /** The session secret: kept in the web's cookie, never shown or logged. */
  session: string;
  expiresAt: string;
  viewer: ViewerFields;
}

export const loginMutation = defineDocument<{ login: LoginPayload }, { input: { username: string; password: string } }>(
  /* GraphQL */ `
    mutation Login($input: LoginInput!) {
      login(input: $input) {
        session
        expiresAt
        viewer {
          ...ViewerFields
        }
      }
    }
  `,
  VIEWER_FIELDS,
);
