export interface SearchPageParams {
  query: string;
  /** 1-based. */
  page: number;
}

/** Reads `?q=&page=` leniently: a repeated key takes its first value, a bad page means page 1. */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): SearchPageParams {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const query = (first(params.q) ?? '').trim();
  const page = Number(first(params.page));
  return { query, page: Number.isSafeInteger(page) && page >= 1 ? page : 1 };
}
