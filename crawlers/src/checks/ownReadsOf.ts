import { InvalidUrnError } from '@polder/graph-schema';
import type { OwnReads } from '../usage/OwnReads.ts';
import { tableDatasetUrn, type CheckableSource } from './checkTarget.ts';
import type { ReadOnlyConnection } from './ReadOnlyConnection.ts';

/**
 * What a session that ran to its end read of its source's tables, as the datasets the crawler made
 * of them (usage/OwnReads.ts): to be asked after its last query, before it closes. Never for a
 * session being cancelled: the question would wait behind the query it cancels.
 */
export async function ownReadsOf(connection: ReadOnlyConnection, source: CheckableSource): Promise<OwnReads[]> {
  const reads: OwnReads[] = [];
  for (const { schema, table, reads: count, at } of await connection.ownReads()) {
    try {
      reads.push({ datasetUrn: tableDatasetUrn(source, schema, table), reads: count, at });
    } catch (error) {
      // A table whose name no URN can hold: the crawler skipped it too.
      if (!(error instanceof InvalidUrnError)) throw error;
    }
  }
  return reads;
}
