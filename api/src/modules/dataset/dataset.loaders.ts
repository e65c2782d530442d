import DataLoader from 'dataloader';
import type { EntityService } from '../entity/entity.service.ts';
import { toDataset, toDomain, toField, toGlossaryTerm, toSource, type DatasetService, type PagedKind, type RelatedKey, type RelatedKind, type RelatedPage } from './dataset.service.ts';

type Props = Record<string, unknown>;

/**
 * Per-request batch loaders: one query per GraphQL level. The one-hop
 * neighbours of every kind share a single batch (`related`), so a level that
 * selects a dataset's domain, source, terms and lineage costs one query, not four.
 */
export function createDatasetLoaders(service: DatasetService, entities: EntityService) {
  const related = new DataLoader<RelatedKey, RelatedPage, string>((keys) => service.related(keys), {
    cacheKeyFn: (key) => `${key.kind} ${key.urn} ${key.page ? `${key.page.offset}+${key.page.limit}` : ''}`,
  });
  const one = <T>(kind: RelatedKind, map: (props: Props) => T) => ({
    load: async (urn: string): Promise<T | null> => {
      const [first] = (await related.load({ urn, kind })).items;
      return first ? map(first) : null;
    },
  });
  const many = <T>(kind: RelatedKind, map: (props: Props) => T) => ({
    load: async (urn: string): Promise<T[]> => (await related.load({ urn, kind })).items.map(map),
  });
  const paged = <T>(kind: PagedKind, map: (props: Props) => T) => ({
    load: async (urn: string, page: { offset: number; limit: number }): Promise<{ total: number; items: T[] }> => {
      const { total, items } = await related.load({ urn, kind, page });
      return { total, items: items.map(map) };
    },
  });
  return {
    entityByUrn: new DataLoader((urns: readonly string[]) => entities.entitiesByUrn(urns)),
    datasetByUrn: new DataLoader((urns: readonly string[]) => service.datasetsByUrn(urns)),
    fieldsOfDataset: paged('fields', toField),
    referencedField: one('references', toField),
    domainOf: one('domain', toDomain),
    sourceOf: one('source', toSource),
    upstreamOf: paged('upstream', toDataset),
    downstreamOf: paged('downstream', toDataset),
    partitionedTableOf: one('partitionOf', toDataset),
    partitionsOf: paged('partitions', toDataset),
    termsOf: many('terms', toGlossaryTerm),
    contractConformanceOf: new DataLoader((urns: readonly string[]) => service.contractConformance(urns)),
  };
}

export type DatasetLoaders = ReturnType<typeof createDatasetLoaders>;
