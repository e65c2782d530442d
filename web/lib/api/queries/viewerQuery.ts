import { defineDocument } from '../GraphQLDocument';
import { VIEWER_FIELDS, type ViewerFields } from '../fragments/viewerFields';

export const viewerQuery = defineDocument<{ viewer: ViewerFields | null }, Record<string, never>>(
  /* GraphQL */ `
    query Viewer {
      viewer {
        ...ViewerFields
      }
    }
  `,
  VIEWER_FIELDS,
);
