import { formatUrn, parseUrn } from './urn.ts';

/** The dataset a dataset or column URN is about (a column's URN holds its dataset's); undefined for anything else. */
export function datasetUrnOf(urn: string): string | undefined {
  const parsed = parseUrn(urn);
  if (parsed.type === 'dataset') return urn;
  const dataset = parsed.parts[0];
  return parsed.type === 'field' && typeof dataset === 'object' && dataset.type === 'dataset' ? formatUrn('dataset', ...dataset.parts) : undefined;
}
