/**
 * Maps a source's contracts to URN-keyed nodes and edges. Pure: no I/O, so it
 * is unit-tested with literal contracts. Each concern has its own mapper; this
 * file only wires them, per contract: the data product first (its datasets
 * point back at it), then its datasets, their fields, and the quality rules of
 * both. README.md explains the keys and how a contract's dataset is meant to
 * meet the table a database crawler reads.
 */
import { InvalidUrnError, type GraphSnapshot } from '@polder/graph-schema';
import { contractTeam } from './contractTeam.ts';
import { contractProvider, contractWhere, type ContractMapContext, type SnapshotPart } from './mapContext.ts';
import { mapDataProduct } from './mapDataProduct.ts';
import { mapDatasets } from './mapDatasets.ts';
import { mapFields } from './mapFields.ts';
import { mapQualityChecks } from './mapQualityChecks.ts';
import type { ParsedContract } from './parseContracts.ts';

export type { ContractMapContext } from './mapContext.ts';

export function mapContracts(contracts: ParsedContract[], context: ContractMapContext): GraphSnapshot {
  const parts: SnapshotPart[] = [];
  for (const parsed of contracts) {
    const team = contractTeam(parsed.contract);
    let product: ReturnType<typeof mapDataProduct>;
    try {
      product = mapDataProduct(parsed, team, context);
    } catch (error) {
      if (!(error instanceof InvalidUrnError)) throw error;
      parts.push({ nodes: [], edges: [], warnings: [{ where: contractWhere(context, parsed.file, '/id'), message: `Skipped the contract: ${error.message}` }] });
      continue;
    }
    const datasets = mapDatasets(parsed, product.urn, team, context);
    const fields = mapFields(datasets.datasets, parsed.file, context);
    const checks = mapQualityChecks(datasets.datasets, fields.fields, parsed.file, context);
    parts.push(product, datasets, fields, checks);
  }
  return {
    provider: contractProvider(context),
    nodes: parts.flatMap((part) => part.nodes),
    edges: parts.flatMap((part) => part.edges),
    warnings: parts.flatMap((part) => part.warnings),
  };
}
