import { defineDocument } from '../GraphQLDocument';
import { DOMAIN_SUMMARY_FIELDS, type DomainSummaryFields } from '../fragments/domainSummaryFields';

/** One domain with its products; null when the API does not know the URN. */
export const domainQuery = defineDocument<{ domain: DomainSummaryFields | null }, { urn: string }>(
  /* GraphQL */ `
    query Domain($urn: ID!) {
      domain(urn: $urn) {
        ...DomainSummaryFields
      }
    }
  `,
  DOMAIN_SUMMARY_FIELDS,
);
