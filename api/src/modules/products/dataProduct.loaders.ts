import DataLoader from 'dataloader';
import { toDataProduct, toDataset } from '../dataset/dataset.service.ts';
import type { DataProduct } from './dataProduct.type.ts';
import type { Dataset } from '../dataset/dataset.type.ts';
import type { DataProductService, ProductNeighbourKey, ProductNeighbourKind } from './dataProduct.service.ts';
import type { InputPort } from './inputPort.type.ts';

type Props = Record<string, unknown>;

/**
 * Per-request batch loaders of the products module. Like the dataset loaders,
 * every kind of one-hop neighbour (output ports, a domain's or a dataset's
 * products, contract matches) shares one batch, so a GraphQL level that selects
 * several of them costs one query; input ports (a bounded lineage walk) cost one more.
 */
export function createDataProductLoaders(service: DataProductService) {
  const neighbours = new DataLoader<ProductNeighbourKey, Props[], string>((keys) => service.neighbours(keys), { cacheKeyFn: (key) => `${key.kind} ${key.urn}` });
  const many = <T>(kind: ProductNeighbourKind, map: (props: Props) => T) => ({
    load: async (urn: string): Promise<T[]> => (await neighbours.load({ urn, kind })).map(map),
  });
  return {
    outputPortsOf: many<Dataset>('outputPorts', toDataset),
    dataProductsOfDomain: many<DataProduct>('productsOfDomain', toDataProduct),
    dataProductsOfDataset: many<DataProduct>('productsOfDataset', toDataProduct),
    tablesDescribedBy: many<Dataset>('describes', toDataset),
    contractDatasetsDescribing: many<Dataset>('describedBy', toDataset),
    inputPortsOf: new DataLoader<string, InputPort[]>((urns) => service.inputPorts(urns)),
  };
}

export type DataProductLoaders = ReturnType<typeof createDataProductLoaders>;
