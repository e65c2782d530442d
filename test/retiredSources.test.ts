/**
 * A source taken out of polder.yaml, against real Neo4j: what it crawled is marked removed when the
 * mesh is written again (retireUndeclaredSources, as `start`, `crawl` and `worker` call it), the other
 * source's stays, a person's edit on it is kept, and declaring and crawling it again brings it back.
 * A source still declared whose run reads nothing (an include pattern with a typo) is refused instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrawlFailedError, crawlSource, GraphWriter, meshSnapshot, retireUndeclaredSources, sourceProviderOf } from '@polder/crawlers';
import type { SourceConfig } from '@polder/runtime';
import { deleteCrawledData } from './support/crawlFixture.ts';
import { testDriver, testLogger } from './support/services.ts';

const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'polder-retired-'));
const kept: SourceConfig = { id: 'retire-kept', kind: 'sqlite', domain: 'retire-test', path: join(dir, 'kept.db'), include: [], exclude: [] };
const dropped: SourceConfig = { id: 'retire-dropped', kind: 'sqlite', domain: 'retire-test', path: join(dir, 'dropped.db'), include: [], exclude: [] };
const MESH_PROVIDER = 'config:retire-test';
const CUSTOMER = 'urn:polder:dataset:(sqlite,retire-dropped,main.customer)';

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

/** polder.yaml as it would be written to the graph, with these sources declared. */
async function writeMesh(sources: SourceConfig[]): Promise<void> {
  const snapshot = meshSnapshot({ domains: [{ id: 'retire-test', name: 'Retire test', description: '' }], sources });
  await new GraphWriter(driver).write({ ...snapshot, provider: MESH_PROVIDER });
}

/**
 * The sources polder.yaml declares, seen from this file: other test files share this Neo4j and their
 * sources stay declared, so only `dropped` is undeclared here.
 */
async function declaredBut(undeclared: SourceConfig): Promise<SourceConfig[]> {
  const providers = await rows<{ provider: string }>(`MATCH (d:ProviderDigest) RETURN d.provider AS provider`);
  const others = providers
    .map(({ provider }) => provider)
    .filter((provider) => provider !== sourceProviderOf(undeclared) && provider !== sourceProviderOf(kept))
    .map((provider) => ({ ...kept, kind: provider.slice(0, provider.indexOf(':')), id: provider.slice(provider.indexOf(':') + 1) }) as SourceConfig);
  return [kept, ...others];
}

const statusesOf = (source: SourceConfig) =>
  rows<{ label: string; status: string; count: number }>(
    `MATCH (n:Entity {provider: $provider}) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.status AS status, count(*) AS count ORDER BY label, status`,
    { provider: sourceProviderOf(source) },
  );

beforeAll(async () => {
  for (const [source, table] of [[kept, 'invoice'], [dropped, 'customer']] as const) {
    const db = new Database(source.path);
    db.exec(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY, email TEXT); CREATE TABLE ${table}_note (id INTEGER PRIMARY KEY, ${table}_id INTEGER REFERENCES ${table}(id))`);
    db.close();
  }
  await writeMesh([kept, dropped]);
  for (const source of [kept, dropped]) await crawlSource(driver, source, { logger: testLogger });
  // A person's description on a dataset of the source about to go.
  await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) SET d.editable_description = 'who rents'`, { urn: CUSTOMER });
});

afterAll(async () => {
  for (const source of [kept, dropped]) await deleteCrawledData(driver, source);
  await driver.executeQuery(`MATCH (n:Entity {provider: $provider}) DETACH DELETE n`, { provider: MESH_PROVIDER });
  await driver.executeQuery(`MATCH (d:ProviderDigest) WHERE d.provider IN $providers DELETE d`, { providers: [kept, dropped].map(sourceProviderOf).concat(MESH_PROVIDER) });
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a source taken out of polder.yaml', () => {
  it('has what it crawled marked removed, its search documents withdrawn, and the rest kept', async () => {
    expect(await statusesOf(dropped)).toEqual([
      { label: 'Dataset', status: 'ACTIVE', count: 2 },
      { label: 'Field', status: 'ACTIVE', count: 4 },
    ]);
    await writeMesh([kept]);
    await driver.executeQuery(`MATCH (o:IndexOutbox) WHERE o.urn CONTAINS $marker DELETE o`, { marker: '(sqlite,retire-' });

    const retired = await retireUndeclaredSources(driver, await declaredBut(dropped));
    expect(retired).toEqual([{ provider: 'sqlite:retire-dropped', removed: 6 }]);
    expect(await statusesOf(dropped)).toEqual([
      { label: 'Dataset', status: 'REMOVED', count: 2 },
      { label: 'Field', status: 'REMOVED', count: 4 },
    ]);
    // Withdrawn from search by the indexer, which these entries hand the removed datasets to.
    const queued = await rows<{ urn: string }>(`MATCH (o:IndexOutbox) WHERE o.urn CONTAINS '(sqlite,retire-' RETURN o.urn AS urn ORDER BY urn`);
    expect(queued.map(({ urn }) => urn)).toEqual([CUSTOMER, 'urn:polder:dataset:(sqlite,retire-dropped,main.customer_note)']);
    expect(await statusesOf(kept)).toEqual([
      { label: 'Dataset', status: 'ACTIVE', count: 2 },
      { label: 'Field', status: 'ACTIVE', count: 4 },
    ]);
    expect((await rows<{ description: string }>(`MATCH (d:Dataset {urn: $urn}) RETURN d.editable_description AS description`, { urn: CUSTOMER }))[0]).toEqual({ description: 'who rents' });

    // Written again at the next start: nothing left to remove, and its digest spares the diff.
    expect(await retireUndeclaredSources(driver, await declaredBut(dropped))).toEqual([]);
  });

  it('comes back when declared and crawled again, with the edit people made', async () => {
    await writeMesh([kept, dropped]);
    await crawlSource(driver, dropped, { logger: testLogger });
    expect(await statusesOf(dropped)).toEqual([
      { label: 'Dataset', status: 'ACTIVE', count: 2 },
      { label: 'Field', status: 'ACTIVE', count: 4 },
    ]);
    expect((await rows(`MATCH (d:Dataset {urn: $urn}) RETURN d.editable_description AS description`, { urn: CUSTOMER }))[0]).toEqual({ description: 'who rents' });
    // Declared, it is left alone.
    expect(await retireUndeclaredSources(driver, [...(await declaredBut(dropped)), dropped])).toEqual([]);
    expect(await statusesOf(dropped)).toContainEqual({ label: 'Dataset', status: 'ACTIVE', count: 2 });
  });
});

describe('a run of a declared source that reads nothing', () => {
  it('is refused, naming its patterns, and changes nothing: a typo in include does not empty the catalog', async () => {
    const before = await statusesOf(kept);
    const typo: SourceConfig = { ...kept, include: ['mian.*'] };
    const failure = await crawlSource(driver, typo, { logger: testLogger }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CrawlFailedError);
    expect((failure as Error).message).toBe(
      `source retire-kept (sqlite ${kept.path}): read nothing (include: "mian.*"), and would mark all 6 of its assets removed: refused, nothing changed. ` +
        'Check its include and exclude patterns and what it connects to; if it is empty on purpose, take it out of polder.yaml and its assets are retired',
    );
    expect(await statusesOf(kept)).toEqual(before);
    const [run] = await rows<{ status: string }>(`MATCH (r:CrawlRun {sourceUrn: 'urn:polder:source:retire-kept'}) RETURN r.status AS status ORDER BY r.startedAt DESC LIMIT 1`);
    expect(run).toEqual({ status: 'FAILED' });
  });
});
