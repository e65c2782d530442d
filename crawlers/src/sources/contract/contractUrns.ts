/**
 * How the contract source keys what it maps (README.md says why):
 *
 *   data product  urn:polder:dataProduct:(<domain>,<contract id>)
 *   dataset       urn:polder:dataset:(contract,<source>,<contract id>,<object name>)
 *   field         urn:polder:field:(<dataset urn>,<field name>)          nested fields by path, `address.street`
 *   quality check urn:polder:qualityCheck:(<dataset or field urn>,<rule id>)   `quality.<index>` for a rule without id
 *
 * Each throws InvalidUrnError when a name holds `,` `(` `)`. parseContracts
 * refuses such names before anything is mapped (findUnkeyableNames.ts); what
 * still fails here (a URN over 2,048 characters) the mappers skip with a
 * warning, as the other sources do.
 */
import { formatUrn, parseUrn } from '@polder/graph-schema';
import type { OdcsQualityRule } from './OdcsContract.ts';

export function dataProductUrn(domainId: string, contractId: string): string {
  return formatUrn('dataProduct', domainId, contractId);
}

export function contractDatasetUrn(sourceId: string, contractId: string, objectName: string): string {
  return formatUrn('dataset', 'contract', sourceId, contractId, objectName);
}

export function contractFieldUrn(datasetUrn: string, fieldName: string): string {
  return formatUrn('field', parseUrn(datasetUrn), fieldName);
}

/** A rule's `id` is stable by ODCS's word (unique in its list); a position changes when a rule is added before it. */
export function qualityCheckUrn(targetUrn: string, rule: OdcsQualityRule, index: number): string {
  return formatUrn('qualityCheck', parseUrn(targetUrn), rule.id ?? `quality.${index}`);
}
