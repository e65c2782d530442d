import { defineDocument } from '../GraphQLDocument';
import { DOMAIN_SUMMARY_FIELDS, type DomainSummaryFields } from '../fragments/domainSummaryFields';

/** Every domain of the mesh, by name, with its products. */
export const domainsQuery = defineDocument<{ domains: DomainSummaryFields[] }, Record<string, never>>(
  /* GraphQL */ `
    query Domains {
      domains {
        ...DomainSummaryFields
      }
    }
  `,
  DOMAIN_SUMMARY_FIELDS,
);
