import { datasetUrnOf, parseUrn } from '@polder/graph-schema';

/**
 * What the assessment outboxes queue for a changed node: the asset whose trust
 * score or policy findings it can move. A dataset or a data product is its own
 * subject, a field its dataset's. A quality check, a check result or an incident
 * is queued as itself and resolved to the datasets it is about when the outbox
 * drains, because the edge that links it may land in a later write stage than
 * the node. Anything else (domains, jobs, terms, ...) is judged on the full
 * schedule only.
 */
export function assessedAssetUrn(urn: string): string | undefined {
  const parsed = parseUrn(urn);
  switch (parsed.type) {
    case 'dataset':
    case 'dataProduct':
    case 'qualityCheck':
    case 'checkResult':
    case 'incident':
      return urn;
    case 'field':
      return datasetUrnOf(urn);
    default:
      return undefined;
  }
}
