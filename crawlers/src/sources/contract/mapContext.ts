/** What the mappers of the contract source share: their context, their output, and how they name things. */
import type { GraphSnapshot } from '@polder/graph-schema';
import { sourceProviderOf } from '../sourceProviderName.ts';

export interface ContractMapContext {
  sourceId: string;
  domainId: string;
}

/** What one mapper contributes to the run's snapshot. */
export type SnapshotPart = Pick<GraphSnapshot, 'nodes' | 'edges' | 'warnings'>;

/** The provider of a contract source's runs, `contract:<sourceId>`: it scopes what a run may remove. */
export function contractProvider(context: ContractMapContext): string {
  return sourceProviderOf({ kind: 'contract', id: context.sourceId });
}

/**
 * Where a warning points: the provider, the file, and the JSON pointer as a URI
 * fragment (RFC 6901), e.g. `contract:sales-contracts/orders.odcs.yaml#/schema/0/properties/3`.
 */
export function contractWhere(context: ContractMapContext, file: string, pointer = ''): string {
  return `${contractProvider(context)}/${file}${pointer ? `#${pointer}` : ''}`;
}
