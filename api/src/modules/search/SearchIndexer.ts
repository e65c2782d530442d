/**
 * Keeps Meilisearch a projection of the graph. Drains the graph's outbox in
 * batches: load the queued documents from Neo4j, send them (or their deletion)
 * to Meilisearch, wait until Meilisearch has applied them, and only then remove
 * the outbox entries. If Meilisearch is down the entries simply wait; nothing
 * is lost. `reindex()` rebuilds into a fresh index and swaps it in, so searches
 * never see an empty or half-built index.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { isUrn } from '@polder/graph-schema';
import { RetryingLoop } from '../../background/RetryingLoop.ts';
import { oldestOutboxEntries, outboxEntryOf, settleOutboxEntries } from '../../background/settleOutboxEntries.ts';
import type { Meilisearch, EnqueuedTaskPromise, Task } from 'meilisearch';
import type { Logger } from '@polder/runtime';
import { loadGlossarySynonyms, loadSearchDocuments, listSearchableUrns } from './loadSearchDocuments.ts';
import { searchDocumentId, type SearchDocument } from './searchDocument.ts';
import { trimmedSearchDocument } from './oversizedSearchDocument.ts';
import { documentSendingClient } from './documentSendingClient.ts';
import { assetIndexUid, SEARCH_INDEX_SETTINGS } from './searchIndexSettings.ts';
import { DATASETS_DEPENDING_ON, REQUEUE_DATASETS_AND_WRITERS } from './audienceDependents.ts';
import { namesChanged, REQUEUE_NAME_HOLDERS, type NamesHeld } from './nameDependents.ts';
import { queueEverySearchDocument, readSearchProjection, recordSearchProjection, SEARCH_PROJECTION_VERSION } from './searchProjection.ts';

export interface SearchIndexerOptions {
  indexPrefix: string;
  logger: Logger;
  database?: string;
  batchSize?: number;
}

const TASK_TIMEOUT_MS = 120_000;

/** What the index holds of a domain or a term that matters to other documents: a domain's visibility, the names they hold. */
type IndexedDomainOrTerm = Pick<SearchDocument, 'id' | 'subtype'> & NamesHeld;

const isDomainOrTerm = (urn: string) => isUrn(urn, 'domain') || isUrn(urn, 'glossaryTerm');

export class SearchIndexer {
  private readonly uid: string;
  private readonly batchSize: number;
  private readonly loop: RetryingLoop;
  /** For the documents and their deletions (documentSendingClient.ts). */
  private readonly documentClient: Meilisearch;

  constructor(
    private readonly driver: Driver,
    private readonly meili: Meilisearch,
    private readonly options: SearchIndexerOptions,
  ) {
    this.uid = assetIndexUid(options.indexPrefix);
    this.batchSize = options.batchSize ?? 1_000;
    this.documentClient = documentSendingClient(meili);
    this.loop = new RetryingLoop(
      async () => {
        const settled = await this.drain();
        if (settled > 0) this.options.logger.debug({ settled }, 'search index updated');
      },
      { logger: options.logger, delayed: 'search indexing delayed; changes stay queued in the outbox', recovered: 'search indexing recovered', maxDelayMs: 10_000 },
    );
  }

  /**
   * Creates the index if needed and applies its settings; an index whose documents an older Polder
   * built has every asset queued to be indexed again (searchProjection.ts). Idempotent.
   */
  async ensureIndex(): Promise<void> {
    const created = await this.ensureIndexSettings(this.uid);
    const { database } = this.options;
    if (!created && (await readSearchProjection(this.driver, database, this.uid)) !== SEARCH_PROJECTION_VERSION) {
      await queueEverySearchDocument(this.driver, database);
      this.options.logger.info(`the search index ${this.uid} holds documents an older Polder built: every asset is queued to be indexed again`);
    }
    await recordSearchProjection(this.driver, database, this.uid);
  }

  /** Creates the index if needed and applies its settings; says whether it had to create it. */
  private async ensureIndexSettings(uid: string): Promise<boolean> {
    const existing = await this.meili.getIndexes({ limit: 1000 });
    const created = !existing.results.some((index) => index.uid === uid);
    if (created) await waitFor(this.meili.createIndex(uid, { primaryKey: 'id' }), `create index ${uid}`);
    const synonyms = await loadGlossarySynonyms(this.driver, this.options.database);
    await waitFor(this.meili.index(uid).updateSettings({ ...SEARCH_INDEX_SETTINGS, synonyms }), `update settings of ${uid}`);
    return created;
  }

  /** Glossary synonyms feed search synonyms: re-applied whenever a drained batch touched a term. */
  private async refreshSynonyms(): Promise<Task> {
    const synonyms = await loadGlossarySynonyms(this.driver, this.options.database);
    return await waitFor(this.meili.index(this.uid).updateSynonyms(synonyms), `update the synonyms of ${this.uid}`);
  }

  /** Processes one batch of the outbox; returns how many entries it settled. */
  async drainOnce(): Promise<number> {
    const { records } = await this.driver.executeQuery(
      oldestOutboxEntries('IndexOutbox'),
      { limit: neo4j.int(this.batchSize) },
      { database: this.options.database, routing: 'READ' },
    );
    if (records.length === 0) return 0;
    const takenAt = Date.now();
    const entries = records.map(outboxEntryOf);
    const { documents, absent } = await loadSearchDocuments(this.driver, entries.map((entry) => entry.urn), this.options.database);
    const indexed = await this.indexedDomainsAndTerms(documents, absent);
    await this.requeueAudienceDependents(entries.map((entry) => entry.urn), documents, indexed);
    await this.requeueNameHolders(documents, absent, indexed);
    const sentAt = Date.now();
    const tasks = await this.apply(this.uid, documents, absent);
    // Checked after the documents were read: a rebuild that began later reads the graph later, this change included.
    if (await this.rebuildUnderWay()) tasks.push(...(await this.apply(this.rebuildUid, documents, absent)));
    if (entries.some((entry) => entry.urn.startsWith('urn:polder:glossaryTerm:'))) tasks.push(await this.refreshSynonyms());
    // Deleted only if not queued again while we were indexing.
    await this.driver.executeQuery(settleOutboxEntries('IndexOutbox'), { entries }, { database: this.options.database });
    // Where a slow change waited: in the outbox (queuedMs, for its oldest entry), reading the graph
    // (loadedMs), in Meilisearch's queue behind other tasks (a task's queuedMs) or indexing (ranMs).
    this.options.logger.debug(
      {
        entries: entries.length,
        queuedMs: takenAt - Math.min(...entries.map((entry) => Number(entry.enqueuedAt))),
        loadedMs: sentAt - takenAt,
        tasks: tasks.map((task) => ({ uid: task.uid, type: task.type, queuedMs: elapsed(task.enqueuedAt, task.startedAt), ranMs: elapsed(task.startedAt, task.finishedAt) })),
        settledMs: Date.now() - sentAt,
      },
      'search outbox batch settled',
    );
    return entries.length;
  }

  /**
   * Who may see a dataset depends on its domain's visibility and on whether a product exposes it
   * (access/assetVisibility.ts); who may see a job, on the datasets it writes. Neither is a change of
   * the dataset or the job, so their documents are queued again here: every dataset of a domain whose
   * visibility changed since it was indexed (the previous one is the indexed domain document's
   * subtype), and the private ports of every product in the batch (one added, removed or restored),
   * each with the jobs that write it. `indexed`: what the batch's domains were indexed as.
   */
  private async requeueAudienceDependents(urns: string[], documents: SearchDocument[], indexed: ReadonlyMap<string, IndexedDomainOrTerm>): Promise<void> {
    const products = urns.filter((urn) => urn.startsWith('urn:polder:dataProduct:'));
    // A domain indexed before visibility existed has no subtype: it was the mesh's.
    const domains = documents.filter((document) => document.type === 'DOMAIN' && (indexed.get(document.id)?.subtype ?? 'MESH') !== document.subtype).map((domain) => domain.urn);
    if (products.length + domains.length === 0) return;
    const { records } = await this.driver.executeQuery(DATASETS_DEPENDING_ON, { urns: [...products, ...domains] }, { database: this.options.database, routing: 'READ' });
    const datasets = (records[0]?.get('datasets') as string[] | undefined) ?? [];
    if (datasets.length > 0) await this.driver.executeQuery(REQUEUE_DATASETS_AND_WRITERS, { datasets, now: Date.now() }, { database: this.options.database });
  }

  /** Queues the documents holding the names of the batch's domains and terms, where those changed (nameDependents.ts). */
  private async requeueNameHolders(documents: SearchDocument[], absentUrns: string[], indexed: ReadonlyMap<string, IndexedDomainOrTerm>): Promise<void> {
    const urns = [
      ...documents.filter((document) => namesChanged(indexed.get(document.id), document)).map((document) => document.urn),
      ...absentUrns.filter((urn) => isDomainOrTerm(urn) && namesChanged(indexed.get(searchDocumentId(urn)), undefined)),
    ];
    if (urns.length > 0) await this.driver.executeQuery(REQUEUE_NAME_HOLDERS, { urns, now: Date.now() }, { database: this.options.database });
  }

  /**
   * What the index holds for the batch's domains and terms, by document id, read before the batch is
   * applied: one request for them all.
   */
  private async indexedDomainsAndTerms(documents: SearchDocument[], absentUrns: string[]): Promise<Map<string, IndexedDomainOrTerm>> {
    const ids = [
      ...documents.filter((document) => document.type === 'DOMAIN' || document.type === 'GLOSSARY_TERM').map((document) => document.id),
      ...absentUrns.filter(isDomainOrTerm).map(searchDocumentId),
    ];
    if (ids.length === 0) return new Map();
    const { results } = await this.meili.index<SearchDocument>(this.uid).getDocuments({ ids, fields: ['id', 'subtype', 'name', 'fieldNames', 'tags'], limit: ids.length });
    return new Map(results.map((document) => [document.id, document]));
  }

  /** Drains until the outbox is empty. */
  async drain(): Promise<number> {
    let total = 0;
    for (let settled = await this.drainOnce(); settled > 0; settled = await this.drainOnce()) total += settled;
    return total;
  }

  /** Drains continuously in the background until `stop()`. Backs off while Meilisearch or Neo4j is unavailable. */
  start(intervalMs = 200): void {
    this.loop.start(intervalMs);
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }


  /**
   * Rebuilds the whole index from the graph into a new index and swaps it in.
   * Returns the number of documents indexed.
   */
  async reindex(): Promise<number> {
    await this.ensureIndexSettings(this.uid);
    const next = this.rebuildUid;
    await this.meili.deleteIndexIfExists(next);
    await this.ensureIndexSettings(next);
    const urns = await listSearchableUrns(this.driver, this.options.database);
    let indexed = 0;
    for (let start = 0; start < urns.length; start += this.batchSize * 5) {
      const { documents } = await loadSearchDocuments(this.driver, urns.slice(start, start + this.batchSize * 5), this.options.database);
      await this.apply(next, documents, []);
      indexed += documents.length;
    }
    await waitFor(this.meili.swapIndexes([{ indexes: [this.uid, next], rename: false }]), `swap ${next} into ${this.uid}`);
    await waitFor(this.meili.deleteIndex(next), `delete the previous ${this.uid}`);
    await recordSearchProjection(this.driver, this.options.database, this.uid);
    return indexed;
  }

  /**
   * The index `reindex` builds before it swaps it in. `polder reindex` runs in a process of its own
   * while the API's indexer drains: what a drain applies while the rebuild is under way goes there
   * too, or the swap would bring back what the change replaced (an edit undone, a deleted asset found).
   */
  private get rebuildUid(): string {
    return `${this.uid}_rebuild`;
  }

  private async rebuildUnderWay(): Promise<boolean> {
    try {
      await this.meili.getRawIndex(this.rebuildUid);
      return true;
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code === 'index_not_found') return false;
      throw error;
    }
  }

  /** Sends the documents and the deletions; returns their finished tasks. */
  private async apply(uid: string, documents: SearchDocument[], absentUrns: string[]): Promise<Task[]> {
    const tasks = documents.length > 0 ? await this.addDocuments(uid, documents) : [];
    if (absentUrns.length > 0) tasks.push(await waitFor(this.documentClient.index(uid).deleteDocuments(absentUrns.map(searchDocumentId)), `delete ${absentUrns.length} documents`));
    return tasks;
  }

  /**
   * Sends the documents in one request, or, when Meilisearch refuses it as larger than its payload limit,
   * in two halves, and so on down to one document, which is then sent with less of its column text
   * (oversizedSearchDocument.ts). Otherwise a batch over the limit would fail on every retry, and every
   * change queued behind it would wait for ever.
   */
  private async addDocuments(uid: string, documents: SearchDocument[]): Promise<Task[]> {
    try {
      return [await waitFor(this.documentClient.index<SearchDocument>(uid).addDocuments(documents), `index ${documents.length} documents`)];
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code !== 'payload_too_large') throw error;
      if (documents.length > 1) {
        const half = Math.ceil(documents.length / 2);
        return [...(await this.addDocuments(uid, documents.slice(0, half))), ...(await this.addDocuments(uid, documents.slice(half)))];
      }
      const trimmed = trimmedSearchDocument(documents[0]!);
      if (!trimmed) throw new Error(`Meilisearch refuses the search document of ${documents[0]!.urn} as too large, even without its column text: ${(error as Error).message}`);
      this.options.logger.warn({ urn: trimmed.document.urn, index: uid }, `search document too large for Meilisearch: indexed without ${trimmed.without}`);
      return await this.addDocuments(uid, [trimmed.document]);
    }
  }
}

/** Waits for a Meilisearch task and turns a failed task into an error that says what was attempted. */
async function waitFor(task: EnqueuedTaskPromise, what: string): Promise<Task> {
  const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS, interval: 25 });
  if (done.status !== 'succeeded') {
    throw new Error(`Meilisearch could not ${what}: ${done.error?.message ?? done.status}`);
  }
  return done;
}

/** Milliseconds between two of a task's timestamps; null when one is missing. */
function elapsed(from: string | null, to: string | null): number | null {
  return from && to ? Date.parse(to) - Date.parse(from) : null;
}
