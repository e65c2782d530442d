/**
 * Profiles one dataset on its store: open a read-only connection (the checks'
 * own, with the store's statement timeout), measure the table as cheaply as the
 * store allows, run the profile's statement(s), close. `signal` aborts it all:
 * the connection is closed under the running query, which is how a timeout
 * stops it on Polder's side (the statement timeout stops it on the store's).
 * What it read of the table goes into `ownReads` (usage/OwnReads.ts), to be left
 * out of the table's usage.
 *
 * Statements: PostgreSQL 1 (its planner estimate) + 1 (a bounded count, when it
 * does not page-sample) + 1 per 200 columns; MySQL and SQLite 1 + 1 per 200 columns.
 * Besides, on the store's statistics and not on the table, for what the session read
 * (ReadOnlyConnection.ownReads): PostgreSQL 1 at the end; MariaDB 1 at the start and
 * 1 at the end; MySQL 1 at the start (which finds no such statistics).
 */
import { randomInt } from 'node:crypto';
import { tableSizeQuery } from '../checks/checkQuery.ts';
import { observedNumber } from '../checks/observedNumber.ts';
import { openReadOnlyConnection } from '../checks/openReadOnlyConnection.ts';
import { ownReadsOf } from '../checks/ownReadsOf.ts';
import type { ReadOnlyConnection } from '../checks/ReadOnlyConnection.ts';
import type { OwnReads } from '../usage/OwnReads.ts';
import { firstRowsSampling, pageSampling } from './chooseProfileSampling.ts';
import type { ColumnProfile } from './ColumnProfile.ts';
import { columnKind } from './columnKind.ts';
import { parseProfileRows } from './parseProfileRows.ts';
import type { ProfiledDataset } from './ProfiledDataset.ts';
import { boundedCountQuery, profileQueries, type ProfileQueryTable, type ProfileSampling } from './profileQuery.ts';
import type { ProfilableSource } from './readProfiledDatasets.ts';

export interface DatasetProfile {
  sampled: boolean;
  rowCount: number;
  columns: ColumnProfile[];
}

export async function profileDataset(
  source: ProfilableSource,
  dataset: ProfiledDataset,
  options: { sampleRows: number; timeoutMs: number; env: NodeJS.ProcessEnv; signal: AbortSignal; ownReads: OwnReads[] },
): Promise<DatasetProfile> {
  // runProfiles answers a dataset without columns itself: no statement can profile nothing.
  if (dataset.columns.length === 0) throw new Error(`${dataset.name} has no columns: nothing to profile`);
  const connection = await openReadOnlyConnection(source, options.timeoutMs, options.env);
  const abort = () => void connection.close();
  // Aborted while connecting: close at once rather than run the query.
  if (options.signal.aborted) abort();
  options.signal.addEventListener('abort', abort, { once: true });
  try {
    const table: ProfileQueryTable = { dialect: source.kind, schema: dataset.schema, table: dataset.table };
    const { sampling, sampled } = await chooseSampling(connection, table, options.sampleRows);
    const kinds = dataset.columns.map((column) => columnKind(source.kind, column.dataType));
    const queryColumns = dataset.columns.map((column, index) => ({ index, name: column.name, kind: kinds[index]!, sensitive: column.sensitive }));
    const rows: unknown[][] = [];
    for (const query of profileQueries(table, queryColumns, sampling)) rows.push(...(await connection.rows(query)));
    const columns = parseProfileRows(rows, dataset.columns, kinds, sampled);
    options.ownReads.push(...(await ownReadsOf(connection, source)));
    return { sampled, rowCount: columns[0]!.rowCount, columns };
  } finally {
    options.signal.removeEventListener('abort', abort);
    await connection.close();
  }
}

async function chooseSampling(connection: ReadOnlyConnection, table: ProfileQueryTable, sampleRows: number): Promise<{ sampling: ProfileSampling; sampled: boolean }> {
  if (table.dialect === 'postgres') {
    const estimateQuery = tableSizeQuery({ ...table, column: null, datasetUrn: '', fieldUrn: null }, sampleRows);
    const found = await connection.firstColumn(estimateQuery);
    // to_regclass finds no such relation: it was dropped or renamed since the crawl.
    if (found.length === 0) throw new Error(`${table.schema}.${table.table} does not exist in the database any more: crawl its source again`);
    const estimate = observedNumber(found, 'the table size query');
    const pages = pageSampling('postgres', sampleRows, estimate, randomInt(1, 2 ** 31 - 1));
    if (pages) return { sampling: pages, sampled: true };
  }
  const probed = observedNumber(await connection.firstColumn(boundedCountQuery(table, sampleRows)), 'the row count query') ?? 0;
  return firstRowsSampling(sampleRows, probed);
}
