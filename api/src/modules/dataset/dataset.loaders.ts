import DataLoader from 'dataloader';
import type { EntityService } from '../entity/entity.service.ts';
import type { DatasetService } from './dataset.service.ts';

/** Per-request batch loaders: one query per kind of object per GraphQL level. */
export function createDatasetLoaders(service: DatasetService, entities: EntityService) {
  return {
    entityByUrn: new DataLoader((urns: readonly string[]) => entities.entitiesByUrn(urns)),
    datasetByUrn: new DataLoader((urns: readonly string[]) => service.datasetsByUrn(urns)),
    fieldsOfDataset: new DataLoader((urns: readonly string[]) => service.fieldsByDataset(urns)),
    referencedField: new DataLoader((urns: readonly string[]) => service.referencedFields(urns)),
    domainOf: new DataLoader((urns: readonly string[]) => service.domainsOf(urns)),
    sourceOf: new DataLoader((urns: readonly string[]) => service.sourcesOf(urns)),
    upstreamOf: new DataLoader((urns: readonly string[]) => service.neighbours(urns, 'UPSTREAM')),
    downstreamOf: new DataLoader((urns: readonly string[]) => service.neighbours(urns, 'DOWNSTREAM')),
    termsOf: new DataLoader((urns: readonly string[]) => service.termsOf(urns)),
  };
}

export type DatasetLoaders = ReturnType<typeof createDatasetLoaders>;
