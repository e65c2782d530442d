/**
 * The demo mesh with its data products, as `npm start --demo` builds it, in
 * domains and databases of a test file's own (`<prefix>-rentals`,
 * `<prefix>_rentals`, ...) so files sharing one Neo4j and one PostgreSQL never
 * meet: demo/<db>.sql loaded into real PostgreSQL, demo/contracts/<domain>
 * copied with their servers pointed at those databases, every source crawled
 * (the contract linker runs after each crawl, as in production).
 *
 * The rentals contracts are crawled before the rentals database, the others
 * after theirs: the links must form whichever comes first.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { crawlSource, GraphWriter, meshSnapshot } from '@polder/crawlers';
import type { RunningServices, SourceConfig } from '@polder/runtime';
import { formatUrn } from '@polder/graph-schema';
import { createDatabase } from './loadPagila.ts';
import { testLogger } from './services.ts';

export const DEMO_DOMAINS = ['rentals', 'finance', 'delivery'] as const;
export type DemoDomain = (typeof DEMO_DOMAINS)[number];

export interface DemoProductsMesh {
  domainId(domain: DemoDomain): string;
  database(domain: DemoDomain): string;
  databaseSource(domain: DemoDomain): SourceConfig;
  contractSource(domain: DemoDomain): SourceConfig;
  /** urn:polder:dataProduct:(<prefix>-<domain>,<contract id>) */
  product(domain: DemoDomain, contractId: string): string;
  /** A crawled table or view, by `schema.name`. */
  table(domain: DemoDomain, local: string): string;
  /** A schema object a contract declares. */
  promise(domain: DemoDomain, contractId: string, object: string): string;
  crawl(source: SourceConfig): ReturnType<typeof crawlSource>;
  /** Deletes every node, edge, outbox entry, history entry and run this mesh left, and says what is left: nothing, unless it failed. */
  remove(): Promise<{ entities: number; outbox: number; runs: number }>;
}

export async function loadDemoProductsMesh(driver: Driver, postgres: RunningServices['postgres'], prefix: string): Promise<DemoProductsMesh> {
  const env = { DEMO_PRODUCTS_PG_PASSWORD: postgres.password };
  const contractsDir = mkdtempSync(join(tmpdir(), `polder-${prefix}-contracts-`));
  const domainId = (domain: DemoDomain) => `${prefix}-${domain}`;
  const database = (domain: DemoDomain) => `${prefix.replace(/-/g, '_')}_${domain}`;
  const databaseSource = (domain: DemoDomain): SourceConfig => ({
    id: `${prefix}-${domain}-db`,
    kind: 'postgres',
    domain: domainId(domain),
    connection: { host: postgres.host, port: postgres.port, database: database(domain), user: postgres.user, passwordEnv: 'DEMO_PRODUCTS_PG_PASSWORD' },
    include: [],
    exclude: [],
  });
  const contractSource = (domain: DemoDomain): SourceConfig => ({
    id: `${prefix}-${domain}-contracts`,
    kind: 'contract',
    domain: domainId(domain),
    path: join(contractsDir, domain),
    include: [],
    exclude: [],
  });
  const sources = DEMO_DOMAINS.flatMap((domain) => [databaseSource(domain), contractSource(domain)]);
  const meshProvider = `config:${prefix}-mesh`;
  const crawl = (source: SourceConfig) => crawlSource(driver, source, { logger: testLogger, env });

  for (const domain of DEMO_DOMAINS) {
    await createDatabase(postgres, database(domain), readFileSync(new URL(`../../demo/${domain}.sql`, import.meta.url), 'utf8'));
    // The demo's contracts as they are, pointed at this file's database.
    const from = new URL(`../../demo/contracts/${domain}/`, import.meta.url);
    mkdirSync(join(contractsDir, domain));
    for (const file of readdirSync(from)) {
      const contract = readFileSync(new URL(file, from), 'utf8');
      const pointed = contract.replace(new RegExp(`^(\\s+database: )${domain}$`, 'gm'), `$1${database(domain)}`);
      if (pointed === contract) throw new Error(`demo/contracts/${domain}/${file} names no server database "${domain}"`);
      writeFileSync(join(contractsDir, domain, file), pointed);
    }
  }
  const mesh = meshSnapshot({ domains: DEMO_DOMAINS.map((domain) => ({ id: domainId(domain), name: `${prefix} ${domain}`, description: `The demo's ${domain} domain.` })), sources });
  await new GraphWriter(driver).write({ ...mesh, provider: meshProvider });
  await crawl(contractSource('rentals'));
  await crawl(databaseSource('rentals'));
  for (const domain of ['finance', 'delivery'] as const) {
    await crawl(databaseSource(domain));
    await crawl(contractSource(domain));
  }

  return {
    domainId,
    database,
    databaseSource,
    contractSource,
    product: (domain, contractId) => formatUrn('dataProduct', domainId(domain), contractId),
    table: (domain, local) => formatUrn('dataset', 'postgres', databaseSource(domain).id, `${database(domain)}.${local}`),
    promise: (domain, contractId, object) => formatUrn('dataset', 'contract', contractSource(domain).id, contractId, object),
    crawl,
    async remove() {
      const providers = [meshProvider, ...sources.map((source) => `${source.kind}:${source.id}`)];
      const { records } = await driver.executeQuery(`MATCH (n:Entity) WHERE n.provider IN $providers RETURN collect(n.urn) AS urns`, { providers });
      const urns = records[0]!.get('urns') as string[];
      await driver.executeQuery(
        `MATCH (n:Entity) WHERE n.urn IN $urns
         OPTIONAL MATCH (record)-[:ABOUT]->(n) WHERE record:Change OR record:PolicyFinding
         DETACH DELETE record, n`,
        { urns },
      );
      await driver.executeQuery(`MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox) WHERE o.urn IN $urns DELETE o`, { urns });
      await driver.executeQuery(`MATCH (h:TrustScore) WHERE h.subjectUrn IN $urns DELETE h`, { urns });
      const sourceUrns = sources.map((source) => formatUrn('source', source.id));
      await driver.executeQuery(`MATCH (r:CrawlRun) WHERE r.sourceUrn IN $sources DELETE r`, { sources: sourceUrns });
      rmSync(contractsDir, { recursive: true, force: true });
      const left = await driver.executeQuery(
        `CALL () { MATCH (n:Entity) WHERE n.provider IN $providers RETURN count(n) AS entities }
         CALL () { MATCH (o:IndexOutbox|TrustOutbox) WHERE o.urn IN $urns RETURN count(o) AS outbox }
         CALL () { MATCH (r:CrawlRun) WHERE r.sourceUrn IN $sources RETURN count(r) AS runs }
         RETURN entities, outbox, runs`,
        { providers, urns, sources: sourceUrns },
      );
      return left.records[0]!.toObject() as { entities: number; outbox: number; runs: number };
    },
  };
}
