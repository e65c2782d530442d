/** Hops walked when the URL does not say. */
export const DEFAULT_LINEAGE_DEPTH = 3;

/** The most the depth control offers, or the API's own cap where that is lower (10 by default). */
export const MAX_LINEAGE_DEPTH = 6;

/** The most hops the control offers when the API allows `apiMaxDepth`. */
export function lineageDepthCap(apiMaxDepth: number): number {
  return Math.max(1, Math.min(MAX_LINEAGE_DEPTH, apiMaxDepth));
}

/** The `depth` search parameter as hops to walk: a whole number within 1 and the cap, else the default (within the cap too). */
export function parseLineageDepth(value: string | string[] | undefined, apiMaxDepth = MAX_LINEAGE_DEPTH): number {
  const text = Array.isArray(value) ? value[0] : value;
  const cap = lineageDepthCap(apiMaxDepth);
  if (text === undefined || !/^\d+$/.test(text)) return Math.min(DEFAULT_LINEAGE_DEPTH, cap);
  return Math.min(cap, Math.max(1, Number(text)));
}
