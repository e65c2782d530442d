/**
 * An index whose documents an older Polder built (before `tableColumns`, with no projection version
 * recorded) is brought up to date by the next start: every asset is queued and re-indexed through the
 * outbox, and the start after that queues nothing. A new index needs no such pass.
 */
import { afterAll, expect, it } from 'vitest';
import { GraphWriter } from '@polder/crawlers';
import { checkSearchConsistency, loadSearchDocuments, readSearchProjection, SEARCH_PROJECTION_VERSION, SearchIndexer, searchDocumentId, type SearchDocument } from '@polder/api';
import { queueOutboxEntry } from '@polder/graph-schema';
import { apiBenchSnapshot, deleteBenchAssets } from 'polder';
import { testDriver, testLogger, testMeili } from './support/services.ts';

const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_search_projection_';
const uid = `${indexPrefix}assets`;
const provider = 'test:search-projection';

afterAll(async () => {
  await deleteBenchAssets(driver, undefined, provider);
  await driver.executeQuery(`MATCH (p:SearchProjection {index: $uid}) DELETE p`, { uid });
  await meili.deleteIndexIfExists(uid);
  await driver.close();
});

async function queued(urns: string[]): Promise<number> {
  const { records } = await driver.executeQuery(`UNWIND $urns AS urn MATCH (o:IndexOutbox {urn: urn}) RETURN count(o) AS queued`, { urns });
  return Number(records[0]!.get('queued'));
}

it('re-indexes every asset once when the index holds documents of an older shape', async () => {
  const { snapshot, pageUrn } = apiBenchSnapshot(1);
  // The assets search holds: the snapshot's columns, quality checks and check results have no documents of their own.
  const urns = snapshot.nodes.filter((node) => !['Field', 'QualityCheck', 'CheckResult'].includes(node.label)).map((node) => node.urn);
  const index = meili.index<SearchDocument>(uid);
  const tableColumnsOfPage = async () => (await index.getDocument(searchDocumentId(pageUrn), { fields: ['tableColumns'] })).tableColumns;

  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  expect(await readSearchProjection(driver, undefined, uid)).toBe(SEARCH_PROJECTION_VERSION);
  await new GraphWriter(driver, undefined).write({ ...snapshot, provider });
  await indexer.drain();
  expect(await tableColumnsOfPage()).toContain('wide_customer_page column_7');
  // What this version's documents hold. A change to it must raise SEARCH_PROJECTION_VERSION (and this list).
  const attributes = Object.keys(await index.getDocument(searchDocumentId(pageUrn))).sort();
  expect({ version: SEARCH_PROJECTION_VERSION, attributes }).toEqual({
    version: 8,
    attributes: [
      'certified',
      'deprecated',
      'description',
      'domain',
      'domainId',
      'fieldDescriptions',
      'fieldNames',
      'id',
      'identifiers',
      'name',
      'nameForms',
      'nameWords',
      'owners',
      'partition',
      'platform',
      'popularity',
      'qualifiedName',
      'source',
      'status',
      'subtype',
      'tableColumns',
      'tags',
      'termSenses',
      'termWords',
      'terms',
      'trust',
      'type',
      'updatedAt',
      'urn',
      'visibleTo',
    ],
  });

  // As an older Polder left it: documents without `tableColumns`, and no version recorded.
  const documents = (await index.getDocuments({ limit: 10_000 })).results;
  await index.addDocuments(documents.map(({ tableColumns: _dropped, ...older }) => older as SearchDocument)).waitTask();
  await driver.executeQuery(`MATCH (p:SearchProjection {index: $uid}) DELETE p`, { uid });
  expect(await tableColumnsOfPage()).toBeUndefined();
  expect((await checkSearchConsistency(driver, meili, { indexPrefix })).projectionBehind).toBe(true);

  await indexer.ensureIndex();
  expect(await queued(urns)).toBe(urns.length);
  expect(await readSearchProjection(driver, undefined, uid)).toBe(SEARCH_PROJECTION_VERSION);
  await indexer.drain();
  expect(await tableColumnsOfPage()).toContain('wide_customer_page column_7');
  expect((await checkSearchConsistency(driver, meili, { indexPrefix })).projectionBehind).toBe(false);

  // Up to date now: the next start queues nothing.
  await indexer.ensureIndex();
  expect(await queued(urns)).toBe(0);
});

it('applies a change drained while `polder reindex` builds its index to that index too, so the swap keeps it', async () => {
  const { snapshot, pageUrn } = apiBenchSnapshot(1);
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await new GraphWriter(driver, undefined).write({ ...snapshot, provider });
  await indexer.drain();
  // Where `reindex` stands after it created its index and before it swaps it in (it runs in a process of its own).
  const rebuild = `${uid}_rebuild`;
  await meili.createIndex(rebuild, { primaryKey: 'id' }).waitTask();
  try {
    await driver.executeQuery(
      `MATCH (d:Dataset {urn: $urn}) SET d.editable_description = 'Edited while the index was rebuilt'
       WITH d ${queueOutboxEntry('IndexOutbox', 'queued', 'd.urn', 'timestamp()')}`,
      { urn: pageUrn },
    );
    await indexer.drain();
    const live = await meili.index<SearchDocument>(uid).getDocument(searchDocumentId(pageUrn));
    expect(live.description).toBe('Edited while the index was rebuilt');
    expect(await meili.index<SearchDocument>(rebuild).getDocument(searchDocumentId(pageUrn))).toEqual(live);
  } finally {
    await meili.deleteIndex(rebuild).waitTask();
  }
});

it("leaves out the terms of a dropped column, and a removed term, from a dataset's document", async () => {
  const dataset = 'urn:polder:dataset:(sqlite,search-projection,main.rental)';
  const urns = {
    dataset,
    kept: `urn:polder:field:(${dataset},customer_id)`,
    dropped: `urn:polder:field:(${dataset},email)`,
    customer: 'urn:polder:glossaryTerm:search-projection-customer',
    email: 'urn:polder:glossaryTerm:search-projection-email',
    lessee: 'urn:polder:glossaryTerm:search-projection-lessee',
  };
  // Soft deletes, as a crawl leaves them: the dropped column and the removed term keep their edges.
  await driver.executeQuery(
    `CREATE (d:Dataset:Entity {urn: $dataset, name: 'rental', qualifiedName: 'main.rental', status: 'ACTIVE'})
     CREATE (d)-[:HAS_FIELD]->(kept:Field:Entity {urn: $kept, name: 'customer_id', position: 1, status: 'ACTIVE'})
     CREATE (d)-[:HAS_FIELD]->(dropped:Field:Entity {urn: $dropped, name: 'email', position: 2, status: 'REMOVED'})
     CREATE (kept)-[:MEANS]->(:GlossaryTerm:Entity {urn: $customer, name: 'Customer', glossary: 'enterprise', synonyms: ['renter'], status: 'ACTIVE'})
     CREATE (dropped)-[:MEANS]->(:GlossaryTerm:Entity {urn: $email, name: 'Email address', glossary: 'enterprise', synonyms: ['mail'], status: 'ACTIVE'})
     CREATE (d)-[:MEANS]->(:GlossaryTerm:Entity {urn: $lessee, name: 'Lessee', glossary: 'enterprise', synonyms: ['tenant'], status: 'REMOVED'})`,
    urns,
  );
  try {
    const { documents } = await loadSearchDocuments(driver, [dataset]);
    expect(documents.map(({ fieldNames, terms, termWords, termSenses }) => ({ fieldNames, terms, termWords, termSenses }))).toEqual([
      { fieldNames: ['customer_id'], terms: ['Customer'], termWords: ['renter'], termSenses: ['Customer'] },
    ]);
  } finally {
    await driver.executeQuery(`UNWIND $urns AS urn MATCH (n:Entity {urn: urn}) DETACH DELETE n`, { urns: Object.values(urns) });
  }
});

it("leaves a restricted dataset's classified terms out of its document, and follows a term's classifications", async () => {
  const restricted = 'urn:polder:dataset:(sqlite,search-projection,main.customer)';
  const open = 'urn:polder:dataset:(sqlite,search-projection,main.invoice)';
  const urns = {
    restricted,
    open,
    email: `urn:polder:field:(${restricted},email)`,
    invoiceEmail: `urn:polder:field:(${open},email)`,
    emailTerm: 'urn:polder:glossaryTerm:search-projection-email',
    customer: 'urn:polder:glossaryTerm:search-projection-customer',
  };
  // The term tells PII: on a restricted dataset's column, it is a masked value (access/maskedInCypher.ts).
  await driver.executeQuery(
    `CREATE (r:Dataset:Entity {urn: $restricted, name: 'customer', qualifiedName: 'main.customer', status: 'ACTIVE', editable_restricted: true})
     CREATE (o:Dataset:Entity {urn: $open, name: 'invoice', qualifiedName: 'main.invoice', status: 'ACTIVE'})
     CREATE (r)-[:HAS_FIELD]->(email:Field:Entity {urn: $email, name: 'email', position: 1, status: 'ACTIVE'})
     CREATE (o)-[:HAS_FIELD]->(invoiceEmail:Field:Entity {urn: $invoiceEmail, name: 'email', position: 1, status: 'ACTIVE'})
     CREATE (emailTerm:GlossaryTerm:Entity {urn: $emailTerm, name: 'Email address', glossary: 'enterprise', synonyms: ['mail'], classifications: ['PII'], status: 'ACTIVE'})
     CREATE (customer:GlossaryTerm:Entity {urn: $customer, name: 'Customer', glossary: 'enterprise', status: 'ACTIVE'})
     CREATE (email)-[:MEANS]->(emailTerm), (invoiceEmail)-[:MEANS]->(emailTerm), (r)-[:MEANS]->(customer)`,
    urns,
  );
  const termsOf = async () => {
    const { documents } = await loadSearchDocuments(driver, [restricted, open]);
    return Object.fromEntries(documents.map((document) => [document.urn, { terms: document.terms, termWords: document.termWords }]));
  };
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  const indexedTerms = async () => {
    const documents = await Promise.all([restricted, open].map((urn) => meili.index<SearchDocument>(uid).getDocument(searchDocumentId(urn), { fields: ['urn', 'terms'] })));
    return Object.fromEntries(documents.map((document) => [document.urn, document.terms]));
  };
  try {
    expect(await termsOf()).toEqual({
      [restricted]: { terms: ['Customer'], termWords: [] },
      [open]: { terms: ['Email address'], termWords: ['mail'] },
    });

    // The term loses its classification: carrying it tells nothing masked any more, and the restricted
    // dataset's document is indexed again with it (nameDependents.ts), without any change of its own.
    await indexer.ensureIndex();
    await driver.executeQuery(`UNWIND $urns AS urn ${queueOutboxEntry('IndexOutbox', 'queued', 'urn', 'timestamp()')}`, { urns: [restricted, open, urns.emailTerm] });
    await indexer.drain();
    expect(await indexedTerms()).toEqual({ [restricted]: ['Customer'], [open]: ['Email address'] });
    await driver.executeQuery(
      `MATCH (t:GlossaryTerm {urn: $emailTerm}) SET t.classifications = [] WITH t ${queueOutboxEntry('IndexOutbox', 'queued', 't.urn', 'timestamp()')}`,
      urns,
    );
    await indexer.drain();
    expect(await indexedTerms()).toEqual({ [restricted]: ['Customer', 'Email address'], [open]: ['Email address'] });
  } finally {
    await driver.executeQuery(`UNWIND $urns AS urn MATCH (n:Entity {urn: urn}) DETACH DELETE n`, { urns: Object.values(urns) });
    await meili.index(uid).deleteDocuments([restricted, open, urns.emailTerm].map(searchDocumentId)).waitTask();
  }
});

it("dates a document by its latest change, a person's edit or a crawl, so recently updated counts edits", async () => {
  const edited = 'urn:polder:dataset:(sqlite,search-projection,main.edited)';
  const crawled = 'urn:polder:dataset:(sqlite,search-projection,main.crawled)';
  await driver.executeQuery(
    `CREATE (:Dataset:Entity {urn: $edited, name: 'edited', status: 'ACTIVE', updatedAt: '2026-11-01T00:00:00.000Z', editable_updatedAt: '2026-12-01T00:00:00.000Z'})
     CREATE (:Dataset:Entity {urn: $crawled, name: 'crawled', status: 'ACTIVE', updatedAt: '2026-11-15T00:00:00.000Z', editable_updatedAt: '2026-10-01T00:00:00.000Z'})`,
    { edited, crawled },
  );
  try {
    const { documents } = await loadSearchDocuments(driver, [edited, crawled]);
    expect(Object.fromEntries(documents.map((document) => [document.urn, document.updatedAt]))).toEqual({
      [edited]: '2026-12-01T00:00:00.000Z',
      [crawled]: '2026-11-15T00:00:00.000Z',
    });
  } finally {
    await driver.executeQuery(`UNWIND [$edited, $crawled] AS urn MATCH (n:Entity {urn: urn}) DETACH DELETE n`, { edited, crawled });
  }
});

