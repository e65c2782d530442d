/**
 * A contract's schema objects → Dataset nodes that its data product EXPOSES
 * (its output ports), in the source's domain and from the source.
 *
 * Such a dataset is what the contract promises, not the table a database
 * crawler reads: it has its own URN, keyed by the contract (contractUrns.ts),
 * so that the promise and what is really there can be compared rather than
 * merged. To let a later step link the two (and check the promise), each
 * dataset carries where the contract says the data lives:
 *
 *   qualifiedName  the object's physicalName, or its name when it has none (ODCS's own fallback)
 *   servers        the names of the contract's servers, e.g. ['prod-pg']
 *   server.<name>.<key>  each server's keys: type, host, port, database, schema,
 *                        and per type project, dataset, catalog, location, topic, ...
 *
 * so that a crawled table matches when its platform is the server's type and
 * its database, schema and name are the server's database and schema and the
 * qualifiedName (for a postgres server: the crawled qualifiedName is
 * `<database>.<schema>.<qualifiedName>`). ODCS lists servers per contract, not
 * per object: every object of a contract is said to live on each of them
 * (typically one per environment, see `server.<name>.environment`).
 */
import { formatUrn, InvalidUrnError, type PropertyMap } from '@polder/graph-schema';
import { flattenMeta } from '../dbt/flattenMeta.ts';
import type { ContractTeam } from './contractTeam.ts';
import { contractDatasetUrn } from './contractUrns.ts';
import { elementProperties, nonEmpty } from './elementProperties.ts';
import { keyedBy } from './keyedBy.ts';
import { contractWhere, type ContractMapContext, type SnapshotPart } from './mapContext.ts';
import type { OdcsObject, OdcsServer } from './OdcsContract.ts';
import type { ParsedContract } from './parseContracts.ts';

export interface ContractDataset {
  urn: string;
  object: OdcsObject;
  /** Of the object in its contract, e.g. `/schema/0`. */
  pointer: string;
}

export interface MappedDatasets extends SnapshotPart {
  datasets: ContractDataset[];
}

export function mapDatasets({ file, contract }: ParsedContract, productUrn: string, team: ContractTeam, context: ContractMapContext): MappedDatasets {
  const part: MappedDatasets = { nodes: [], edges: [], warnings: [], datasets: [] };
  const location = serverProperties(contract.servers);
  (contract.schema ?? []).forEach((object, index) => {
    const pointer = `/schema/${index}`;
    let urn: string;
    try {
      urn = contractDatasetUrn(context.sourceId, contract.id, object.name);
    } catch (error) {
      if (!(error instanceof InvalidUrnError)) throw error;
      part.warnings.push({ where: contractWhere(context, file, pointer), message: `Skipped: ${error.message}` });
      return;
    }
    part.datasets.push({ urn, object, pointer });
    const properties: PropertyMap = {
      name: object.name,
      qualifiedName: object.physicalName ?? object.name,
      platform: 'contract',
      subtype: object.physicalType ? object.physicalType.toUpperCase().replace(/[^A-Z0-9]+/g, '_') : 'OBJECT',
      physicalName: object.physicalName ?? null,
      physicalType: object.physicalType ?? null,
      dataGranularityDescription: object.dataGranularityDescription ?? null,
      contractId: contract.id,
      owners: nonEmpty(team.owners),
      businessName: object.businessName ?? null,
      ...elementProperties(object),
      ...location,
    };
    part.nodes.push({ label: 'Dataset', urn, properties });
    part.edges.push(
      { type: 'EXPOSES', from: productUrn, to: urn },
      { type: 'IN_DOMAIN', from: urn, to: formatUrn('domain', context.domainId) },
      { type: 'FROM_SOURCE', from: urn, to: formatUrn('source', context.sourceId) },
    );
  });
  return part;
}

function serverProperties(servers: OdcsServer[] | undefined): PropertyMap {
  return { servers: nonEmpty(servers?.map((server) => server.server)), ...flattenMeta(keyedBy(servers, 'server'), 'server') };
}
