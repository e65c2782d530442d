/**
 * A contract → its DataProduct node, in the source's domain. The product is
 * what the contract promises as a whole: who answers for it (team, owners),
 * its SLA (slaProperties.ts), its status and version (`contractStatus`,
 * `contractVersion`), who may access it (roles), how to get help (support),
 * what it costs (price).
 *
 * The contract's own `domain` is free text (`seller`) that need not match a
 * Polder domain id, so it is kept as `contractDomain`; the product is IN_DOMAIN
 * of the domain the source belongs to.
 */
import { formatUrn, type PropertyMap } from '@polder/graph-schema';
import { flattenMeta } from '../dbt/flattenMeta.ts';
import type { ContractTeam } from './contractTeam.ts';
import { dataProductUrn } from './contractUrns.ts';
import { authoritativeDefinitions, customProperties, nonEmpty } from './elementProperties.ts';
import { keyedBy } from './keyedBy.ts';
import { contractWhere, type ContractMapContext, type SnapshotPart } from './mapContext.ts';
import type { ParsedContract } from './parseContracts.ts';
import { slaProperties } from './slaProperties.ts';

export interface MappedDataProduct extends SnapshotPart {
  urn: string;
}

export function mapDataProduct({ file, contract }: ParsedContract, team: ContractTeam, context: ContractMapContext): MappedDataProduct {
  const urn = dataProductUrn(context.domainId, contract.id);
  const sla = slaProperties(contract, (pointer) => contractWhere(context, file, pointer));
  const { description } = contract;
  const properties: PropertyMap = {
    id: contract.id,
    name: contract.name ?? contract.dataProduct ?? contract.id,
    dataProduct: contract.dataProduct ?? null,
    contractDomain: contract.domain ?? null,
    description: description?.purpose ?? null,
    usage: description?.usage ?? null,
    limitations: description?.limitations ?? null,
    // `status` is the writer's (ACTIVE or REMOVED): the contract's own goes beside it.
    contractStatus: contract.status,
    contractVersion: contract.version,
    apiVersion: contract.apiVersion,
    tenant: contract.tenant ?? null,
    tags: nonEmpty(contract.tags),
    team: team.name,
    owners: nonEmpty(team.owners),
    roles: nonEmpty(contract.roles?.map((role) => role.role)),
    ...flattenMeta(keyedBy(contract.roles, 'role'), 'role'),
    ...flattenMeta(keyedBy(contract.support, 'channel'), 'support'),
    priceAmount: contract.price?.priceAmount ?? null,
    priceCurrency: contract.price?.priceCurrency ?? null,
    priceUnit: contract.price?.priceUnit ?? null,
    authoritativeDefinitions: authoritativeDefinitions([...(contract.authoritativeDefinitions ?? []), ...(description?.authoritativeDefinitions ?? [])]),
    contractCreatedAt: contract.contractCreatedTs ?? null,
    path: file,
    ...sla.properties,
    ...customProperties([...(contract.customProperties ?? []), ...(description?.customProperties ?? [])]),
  };
  return {
    urn,
    nodes: [{ label: 'DataProduct', urn, properties }],
    edges: [{ type: 'IN_DOMAIN', from: urn, to: formatUrn('domain', context.domainId) }],
    warnings: sla.warnings,
  };
}
