import { formatUrn, InvalidUrnError, parseUrn, type CrawlWarning } from '@polder/graph-schema';

/**
 * The URN of a column of a dataset, or undefined with a warning when the
 * column's name cannot be part of a URN (the URN would be too long): such a
 * column is skipped and said so, never a failed crawl.
 */
export function fieldUrnOrWarning(datasetUrn: string, column: string, where: string, warnings: CrawlWarning[]): string | undefined {
  try {
    return formatUrn('field', parseUrn(datasetUrn), column);
  } catch (error) {
    if (!(error instanceof InvalidUrnError)) throw error;
    warnings.push({ urn: datasetUrn, where, message: `Skipped column: ${error.message}` });
    return undefined;
  }
}
