import type { Migration } from './Migration.ts';

export const lookupIndexes: Migration = {
  id: '002-lookup-indexes',
  description: 'Indexes for the look-ups the writer, the indexer and the API rely on.',
  statements: [
    // The writer reads everything a provider owns at the start of a run.
    'CREATE INDEX entity_provider IF NOT EXISTS FOR (n:Entity) ON (n.provider)',
    'CREATE INDEX dataset_qualified_name IF NOT EXISTS FOR (n:Dataset) ON (n.qualifiedName)',
    'CREATE INDEX dataset_status IF NOT EXISTS FOR (n:Dataset) ON (n.status)',
    // The indexer drains the outbox oldest first.
    'CREATE INDEX index_outbox_enqueued IF NOT EXISTS FOR (n:IndexOutbox) ON (n.enqueuedAt)',
    'CREATE INDEX crawlrun_source IF NOT EXISTS FOR (n:CrawlRun) ON (n.sourceUrn, n.startedAt)',
  ],
};
