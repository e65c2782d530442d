import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { polderYamlFile } from './testing/polderYamlFile.ts';
import { loadConfig, PolderConfigError } from './config.ts';

const mesh = `
domains:
  - { id: rentals, name: Rentals }
sources:
  - id: rentals-db
    kind: postgres
    domain: rentals
    connection: { database: rentals, user: crawler, passwordFile: secrets/pw }
`;

describe('loadConfig', () => {
  it('reads polder.yaml, applies defaults and resolves paths against the file', () => {
    const file = polderYamlFile(mesh);
    const config = loadConfig({ file, env: {} });
    expect(config.api).toEqual({
      host: '127.0.0.1',
      port: 4000,
      introspection: true,
      trustedProxies: ['loopback'],
      anonymousRead: false,
      sessionHours: 12,
      tokenMaxDays: 365,
      lineage: { maxDepth: 10, maxNodes: 1_000 },
      glossary: { walkCap: 20 },
      operations: { maxDepth: 12, maxFields: 1_000, maxAliases: 30, maxCost: 3_000_000 },
    });
    expect(config.dataDir).toBe(join(file, '..', '.polder'));
    expect(config.mesh.sources[0]).toMatchObject({ kind: 'postgres' });
    expect((config.mesh.sources[0] as { connection: unknown }).connection).toEqual({
      host: '127.0.0.1',
      port: 5432,
      database: 'rentals',
      user: 'crawler',
      passwordFile: join(file, '..', 'secrets/pw'),
    });
  });

  it("fills a local: true connection in from the local PostgreSQL, following its port and the data dir", () => {
    const local = mesh.replace('connection: { database: rentals, user: crawler, passwordFile: secrets/pw }', 'connection: { local: true, database: rentals }');
    const file = polderYamlFile(local);
    expect((loadConfig({ file, env: {} }).mesh.sources[0] as { connection: unknown }).connection).toEqual({
      host: '127.0.0.1',
      port: 54329,
      database: 'rentals',
      user: 'postgres',
      passwordFile: join(file, '..', '.polder', 'secrets', 'postgres-password'),
      local: true,
    });
    const moved = loadConfig({ file, env: { POLDER_POSTGRES_PORT: '25432', POLDER_DATA_DIR: '/srv/polder' } });
    expect((moved.mesh.sources[0] as { connection: unknown }).connection).toMatchObject({ port: 25432, passwordFile: '/srv/polder/secrets/postgres-password' });
  });

  it("moves the demo's own sources with POLDER_POSTGRES_PORT", () => {
    const demo = loadConfig({ file: new URL('../../polder.yaml', import.meta.url).pathname, env: { POLDER_POSTGRES_PORT: '25432' } });
    const databases = demo.mesh.sources.flatMap((source) => (source.kind === 'postgres' ? [`${source.connection.database}@${source.connection.port}`] : []));
    expect(databases).toEqual(['rentals@25432', 'finance@25432', 'delivery@25432']);
    // Each demo domain names its owner, the demo account that owns it.
    expect(demo.mesh.domains.map((domain) => domain.owners)).toEqual([['rentals-owner'], ['finance-owner'], ['delivery-owner']]);
  });

  it("reads a domain's owners, and names a blank one", () => {
    const owned = (owners: string) => loadConfig({ file: polderYamlFile(mesh.replace('{ id: rentals, name: Rentals }', `{ id: rentals, name: Rentals, owners: ${owners} }`)), env: {} });
    expect(owned('[" rentals-team "]').mesh.domains[0]!.owners).toEqual(['rentals-team']);
    expect(() => owned('["  "]')).toThrow('Invalid configuration at "domains.0.owners.0"');
  });

  it('names what is wrong with a local connection', () => {
    const refused = (connection: string) => () => loadConfig({ file: polderYamlFile(mesh.replace('connection: { database: rentals, user: crawler, passwordFile: secrets/pw }', `connection: ${connection}`)), env: {} });
    expect(refused('{ local: true, database: rentals, port: 5 }')).toThrow('Invalid configuration at "sources.0.connection.port"');
    expect(refused('{ local: yes, database: rentals }')).toThrow("local: true (a database of Polder's own PostgreSQL), or left out (a server named by host, port and user)");
    expect(refused('{ database: rentals }')).toThrow('Invalid configuration at "sources.0.connection.user"');
  });

  it('lets env override the file', () => {
    const config = loadConfig({ file: polderYamlFile(mesh), env: { POLDER_API_PORT: '4100', NEO4J_URI: 'bolt://db:7687' } });
    expect(config.api.port).toBe(4100);
    expect(config.neo4j.uri).toBe('bolt://db:7687');
  });

  it("reads the API's caps from polder.yaml, each overridable from env, the others left at their defaults", () => {
    const file = polderYamlFile(`${mesh}\napi:\n  lineage: { maxDepth: 4, maxNodes: 250 }\n  operations: { maxCost: 1000000 }\n`);
    const config = loadConfig({ file, env: { POLDER_API_LINEAGE_MAX_NODES: '300', POLDER_API_GLOSSARY_WALK_CAP: '7', POLDER_API_MAX_ALIASES: '10' } });
    expect(config.api.lineage).toEqual({ maxDepth: 4, maxNodes: 300 });
    expect(config.api.glossary).toEqual({ walkCap: 7 });
    expect(config.api.operations).toEqual({ maxDepth: 12, maxFields: 1_000, maxAliases: 10, maxCost: 1_000_000 });
  });

  it.each([
    [{ POLDER_API_LINEAGE_MAX_DEPTH: '0' }, mesh, 'a whole number of hops from 1 to 50'],
    [{}, `${mesh}\napi: { lineage: { maxNodes: 250000 } }\n`, 'Invalid configuration at "api.lineage.maxNodes" in'],
    [{}, `${mesh}\napi: { operations: { maxDepth: 4 } }\n`, "a whole number of levels from 8 to 100: the web catalog's own operations need the minimum"],
    [{ POLDER_API_MAX_COST: 'lots' }, mesh, 'Invalid configuration at "api.operations.maxCost" (env POLDER_API_MAX_COST)'],
    [{}, `${mesh}\napi: { lineage: { depth: 3 } }\n`, 'Invalid configuration at "api.lineage.depth" in'],
    [{ POLDER_API_PORT: 'eighty' }, mesh, 'Invalid configuration at "api.port" (env POLDER_API_PORT): a port number from 1 to 65535'],
    [{ POLDER_API_PORT: '0x1F90' }, mesh, 'Invalid configuration at "api.port" (env POLDER_API_PORT): a port number from 1 to 65535'],
    [{}, `${mesh}\napi: { port: true }\n`, 'Invalid configuration at "api.port" in'],
    [{}, `${mesh}\napi: { port: [4000] }\n`, 'Invalid configuration at "api.port" in'],
    [{}, `${mesh}\napi: { tokenMaxDays: true }\n`, 'Invalid configuration at "api.tokenMaxDays" in'],
    [{ POLDER_NEO4J_HEAP_MB: '2g' }, mesh, 'Invalid configuration at "neo4j.heapMb" (env POLDER_NEO4J_HEAP_MB): a whole number of megabytes, at least 256'],
    [{ POLDER_API_ANONYMOUS_READ: 'yes' }, mesh, 'Invalid configuration at "api.anonymousRead" (env POLDER_API_ANONYMOUS_READ): true or false'],
    [{}, `${mesh}\napi: { introspecton: false }\n`, 'Invalid configuration at "api.introspecton" in'],
    [{}, `${mesh}\nmeili: { masterKey: abc }\n`, 'Invalid configuration at "meili.masterKey" in'],
    [{}, `${mesh}\nweb: { prot: 3001 }\n`, 'Invalid configuration at "web.prot" in'],
    [{}, `${mesh}\nneo4j: { password: hunter2 }\n`, 'Invalid configuration at "neo4j.password" in'],
    [{}, `${mesh}\nmeili: { key: hunter2 }\n`, 'set env MEILI_MASTER_KEY instead'],
    [{}, mesh.replace('domain: rentals', 'domain: sales'), 'Invalid configuration at "sources.0.domain"'],
    [{}, mesh.replace('kind: postgres', 'kind: oracle'), 'Invalid configuration at "sources.0.kind"'],
    [{}, mesh.replace('kind: postgres', 'kind: postgres\n    schedule: every hour'), 'Invalid configuration at "sources.0.schedule" in'],
    [{}, `${mesh}\nunknownKey: 1\n`, 'Invalid configuration at "unknownKey" in'],
  ])('names the bad key: %j', (env, text, message) => {
    expect(() => loadConfig({ file: polderYamlFile(text), env })).toThrow(PolderConfigError);
    expect(() => loadConfig({ file: polderYamlFile(text), env })).toThrow(message);
  });

  it('reads the proxies the API trusts as a list in polder.yaml or comma-separated from env, and names a bad one', () => {
    expect(loadConfig({ file: polderYamlFile(`${mesh}\napi:\n  trustedProxies: [172.28.0.3, 10.0.0.0/8]\n`), env: {} }).api.trustedProxies).toEqual(['172.28.0.3', '10.0.0.0/8']);
    expect(loadConfig({ file: polderYamlFile(mesh), env: { POLDER_API_TRUSTED_PROXIES: 'loopback, fd00::/8' } }).api.trustedProxies).toEqual(['loopback', 'fd00::/8']);
    for (const bad of ['web', '10.0.0.0/33', '10.0.0.1/8/1', ' , ']) {
      expect(() => loadConfig({ file: polderYamlFile(mesh), env: { POLDER_API_TRUSTED_PROXIES: bad } }), bad).toThrow(PolderConfigError);
    }
    expect(() => loadConfig({ file: polderYamlFile(mesh), env: { POLDER_API_TRUSTED_PROXIES: 'loopback,web' } })).toThrow(
      '"web" is not one of loopback, linklocal, uniquelocal, IP addresses or CIDR ranges (10.0.0.0/8)',
    );
  });

  it('never echoes a secret it refuses', () => {
    expect(() => loadConfig({ file: polderYamlFile(`${mesh}\nneo4j: { password: hunter2 }\n`), env: {} })).toThrow(/^(?!.*hunter2)/s);
  });

  it('reads an empty POLDER_CONFIG as unset, not as "no file"', () => {
    const directory = join(polderYamlFile(mesh), '..');
    const cwd = process.cwd();
    process.chdir(directory);
    try {
      expect(loadConfig({ env: { POLDER_CONFIG: '' } }).mesh.sources).toHaveLength(1);
    } finally {
      process.chdir(cwd);
    }
  });

  it('names the line of a YAML syntax error', () => {
    expect(() => loadConfig({ file: polderYamlFile('domains: [\n  - a\n'), env: {} })).toThrow(/line \d+, column \d+ is not valid YAML/);
  });
});
