/**
 * Exposures (the dashboards, notebooks and applications a project declares as
 * its consumers) → Dataset nodes of subtype EXPOSURE, so that downstream lineage
 * reaches the places people see the data. An exposure is no warehouse relation,
 * so its URN is keyed by dbt's unique_id (`exposure.<package>.<name>`).
 */
import { formatUrn, InvalidUrnError } from '@polder/graph-schema';
import type { DbtExposure } from './artifacts.ts';
import { dbtOwners } from './dbtOwners.ts';
import { flattenMeta } from './flattenMeta.ts';
import { dbtWhere, type DbtMapContext, type SnapshotPart } from './mapContext.ts';
import { resourceTags } from './resourceTags.ts';

export interface MappedExposures extends SnapshotPart {
  urnByUniqueId: Map<string, string>;
}

export function mapExposures(exposures: DbtExposure[], context: DbtMapContext): MappedExposures {
  const part: MappedExposures = { nodes: [], edges: [], warnings: [], urnByUniqueId: new Map() };
  for (const exposure of exposures) {
    let urn: string;
    try {
      urn = formatUrn('dataset', 'dbt', context.sourceId, exposure.unique_id);
    } catch (error) {
      if (!(error instanceof InvalidUrnError)) throw error;
      part.warnings.push({ where: dbtWhere(context, exposure.unique_id), message: `Skipped: ${error.message}` });
      continue;
    }
    part.urnByUniqueId.set(exposure.unique_id, urn);
    const meta = { ...exposure.meta, ...exposure.config?.meta };
    const tags = resourceTags(exposure);
    const owners = dbtOwners(meta, exposure.owner);
    part.nodes.push({
      label: 'Dataset',
      urn,
      properties: {
        name: exposure.name,
        qualifiedName: exposure.unique_id,
        platform: 'dbt',
        subtype: 'EXPOSURE',
        description: exposure.description || null,
        label: exposure.label || null,
        exposureType: exposure.type ?? null,
        url: exposure.url || null,
        maturity: exposure.maturity || null,
        tags: tags.length > 0 ? tags : null,
        owners: owners.length > 0 ? owners : null,
        dbtUniqueIds: [exposure.unique_id],
        package: exposure.package_name,
        path: exposure.original_file_path,
        ...flattenMeta(meta, 'meta'),
      },
    });
    part.edges.push(
      { type: 'IN_DOMAIN', from: urn, to: formatUrn('domain', context.domainId) },
      { type: 'FROM_SOURCE', from: urn, to: formatUrn('source', context.sourceId) },
    );
  }
  return part;
}
