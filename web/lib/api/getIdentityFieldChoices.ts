import 'server-only';

import { domainDatasetsSearch } from '../search/domainDatasetsSearch';

import type { ApiResult } from './ApiResult';
import { DATASET_COLUMN_PAGE } from './getDataset';
import { datasetColumnsQuery, type DatasetColumns } from './queries/datasetColumnsQuery';
import { domainDatasetsQuery, type DatasetChoice } from './queries/domainDatasetsQuery';
import { requestGraphQL } from './requestGraphQL';

/** What a sense's identity columns editor offers to add: its domain's datasets, and the columns of the one chosen. */
export interface IdentityFieldChoices {
  /** The domain's datasets (domainDatasetsSearch), by name. */
  datasets: DatasetChoice[];
  /** How many datasets match in all: more than `datasets` when the list is cut. */
  datasetTotal: number;
  /** The words narrowing the list of datasets; empty for all of them. */
  datasetQuery: string;
  /** The URN of the dataset chosen, as the URL gave it; null when none was. */
  chosenUrn: string | null;
  /** The dataset chosen, with its columns; null when none was chosen or none such is seen by the viewer. */
  chosen: DatasetColumns | null;
}

/**
 * The choices of a sense's identity columns editor: the datasets of the domain named `domainName`
 * that match `datasetQuery`, and the columns of the dataset `chosenUrn` when one is chosen. The
 * chosen dataset's columns are offered whatever its domain: the API says, when one is added, that
 * a sense is identified by its own domain's columns, better than a second copy of its rule here.
 */
export async function getIdentityFieldChoices(domainName: string, { dataset: chosenUrn, datasetQuery }: { dataset: string | null; datasetQuery: string }): Promise<ApiResult<IdentityFieldChoices>> {
  const [datasets, chosen] = await Promise.all([
    requestGraphQL(domainDatasetsQuery, { input: domainDatasetsSearch(domainName, datasetQuery) }),
    chosenUrn === null ? null : requestGraphQL(datasetColumnsQuery, { urn: chosenUrn, limit: DATASET_COLUMN_PAGE }),
  ]);
  if (!datasets.ok) return datasets;
  let columns: DatasetColumns | null = null;
  if (chosen?.ok) columns = chosen.data.dataset;
  else if (chosen) {
    // A hand-made URL naming no dataset (or not a dataset URN) chose nothing; any other failure is the page's to show.
    const { failure } = chosen;
    if (!(failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT'))) return chosen;
  }
  return { ok: true, data: { datasets: datasets.data.search.hits, datasetTotal: datasets.data.search.total, datasetQuery, chosenUrn, chosen: columns } };
}
