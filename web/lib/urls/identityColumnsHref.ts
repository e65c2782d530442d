import { glossaryTermHref } from './glossaryHref';

/** The id of a term page's identity columns editor, where the polyseme page and the editor's own dataset choice lead. */
export const IDENTITY_COLUMNS_SECTION_ID = 'identity-columns';

/**
 * The URL parameters of the editor's choice of a dataset (its GET forms name their fields so):
 * the dataset whose columns to offer, and the words that narrow the list of datasets. They live
 * in the URL, not in a client component's state, so the choice works without JavaScript and
 * survives a reload.
 */
export const IDENTITY_DATASET_PARAM = 'identityDataset';
export const IDENTITY_DATASET_QUERY_PARAM = 'identityDatasetQuery';

/** What the editor's URL chose: the dataset whose columns to offer, and the words narrowing the list of datasets. */
export interface IdentityColumnsChoice {
  dataset: string | null;
  datasetQuery: string;
}

/** A sense's term page, at its identity columns editor. */
export function identityColumnsHref(termUrn: string): string {
  return `${glossaryTermHref(termUrn)}#${IDENTITY_COLUMNS_SECTION_ID}`;
}

/**
 * A sense's term page with what its identity columns editor chose, and no fragment: a link to
 * it from that very page reloads the page (one that differs from the page's URL only by its
 * fragment would just scroll), coming back to the same choice.
 */
export function identityChoiceHref(termUrn: string, { dataset, datasetQuery }: IdentityColumnsChoice): string {
  const params = new URLSearchParams();
  if (datasetQuery !== '') params.set(IDENTITY_DATASET_QUERY_PARAM, datasetQuery);
  if (dataset !== null) params.set(IDENTITY_DATASET_PARAM, dataset);
  const search = params.toString();
  return `${glossaryTermHref(termUrn)}${search ? `?${search}` : ''}`;
}

/** What a term page's URL chose for the identity columns editor: a repeated parameter counts once, blank as none. */
export function identityColumnsParams(query: Record<string, string | string[] | undefined>): IdentityColumnsChoice {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  return { dataset: first(query[IDENTITY_DATASET_PARAM]) || null, datasetQuery: first(query[IDENTITY_DATASET_QUERY_PARAM]) };
}
