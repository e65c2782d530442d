import DataLoader from 'dataloader';
import type { EntityService } from '../entity/entity.service.ts';
import { toDataset, toDomain, toField, toGlossaryTerm, toSource, type DatasetService, type RelatedKey, type RelatedKind } from './dataset.service.ts';

type Props = Record<string, unknown>;

/**
 * Per-request batch loaders: one query per GraphQL level. The one-hop
 * neighbours of every kind share a single batch (`related`), so a level that
 * selects a dataset's domain, source, terms and lineage costs one query, not four.
 */
export function createDatasetLoaders(service: DatasetService, entities: EntityService) {
  const related = new DataLoader<RelatedKey, Props[], string>((keys) => service.related(keys), { cacheKeyFn: (key) => `${key.kind} ${key.urn}` });
  const one = <T>(kind: RelatedKind, map: (props: Props) => T) => ({
    load: async (urn: string): Promise<T | null> => {
      const [first] = await related.load({ urn, kind });
      return first ? map(first) : null;
    },
  });
  const many = <T>(kind: RelatedKind, map: (props: Props) => T) => ({
    load: async (urn: string): Promise<T[]> => (await related.load({ urn, kind })).map(map),
  });
  return {
    entityByUrn: new DataLoader((urns: readonly string[]) => entities.entitiesByUrn(urns)),
    datasetByUrn: new DataLoader((urns: readonly string[]) => service.datasetsByUrn(urns)),
    fieldsOfDataset: many('fields', toField),
    referencedField: one('references', toField),
    domainOf: one('domain', toDomain),
    sourceOf: one('source', toSource),
    upstreamOf: many('upstream', toDataset),
    downstreamOf: many('downstream', toDataset),
    partitionedTableOf: one('partitionOf', toDataset),
    partitionsOf: many('partitions', toDataset),
    termsOf: many('terms', toGlossaryTerm),
    /** The datasets and columns that carry a glossary term, whoever set it. */
    carriersOf: many('carriers', (props) => (props.carrierLabel === 'Dataset' ? toDataset(props) : toField(props))),
  };
}

export type DatasetLoaders = ReturnType<typeof createDatasetLoaders>;
