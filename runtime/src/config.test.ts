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
    expect(refused('{ local: true, database: rentals, port: 5 }')).toThrow('Invalid configuration at "sources.0.connection" in');
    expect(refused('{ local: true, database: rentals, port: 5 }')).toThrow(': unknown key "port"; known keys here: local, database');
    expect(refused('{ local: yes, database: rentals }')).toThrow(
      `Invalid configuration at "sources.0.connection.local" in`,
    );
    expect(refused('{ local: yes, database: rentals }')).toThrow(`: local must be true (a database of Polder's own PostgreSQL) or left out (a server named by host, port and user), not "yes"`);
    expect(refused('{ database: rentals }')).toThrow('Invalid configuration at "sources.0.connection.user"');
    expect(refused('postgres://crawler:hunter2@db/rentals')).toThrow(/at "sources.0.connection" in .*: must be a mapping \(key: value\), not "postgres:\/\/crawler:\*\*\*@db\/rentals"$/);
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
    [{}, `${mesh}\napi: { operations: { maxDepth: 4 } }\n`, "a whole number of levels from 8 to 100, not 4: the web catalog's own operations need the minimum"],
    [{ POLDER_API_MAX_COST: 'lots' }, mesh, 'Invalid configuration at "api.operations.maxCost" (env POLDER_API_MAX_COST)'],
    [{}, `${mesh}\napi: { lineage: { depth: 3 } }\n`, 'Invalid configuration at "api.lineage" in'],
    [{ POLDER_API_PORT: 'eighty' }, mesh, 'Invalid configuration at "api.port" (env POLDER_API_PORT): a port number from 1 to 65535, not "eighty"'],
    [{ POLDER_API_PORT: '0x1F90' }, mesh, 'Invalid configuration at "api.port" (env POLDER_API_PORT): a port number from 1 to 65535'],
    [{}, `${mesh}\napi: { port: true }\n`, 'Invalid configuration at "api.port" in'],
    [{}, `${mesh}\napi: { port: [4000] }\n`, 'Invalid configuration at "api.port" in'],
    [{}, `${mesh}\napi: { tokenMaxDays: true }\n`, 'Invalid configuration at "api.tokenMaxDays" in'],
    [{ POLDER_NEO4J_HEAP_MB: '2g' }, mesh, 'Invalid configuration at "neo4j.heapMb" (env POLDER_NEO4J_HEAP_MB): a whole number of megabytes, at least 256, not "2g"'],
    [{ POLDER_API_ANONYMOUS_READ: 'yes' }, mesh, 'Invalid configuration at "api.anonymousRead" (env POLDER_API_ANONYMOUS_READ): true or false, not "yes"'],
    [{ POLDER_LOG_LEVEL: 'verbose' }, mesh, 'Invalid configuration at "logLevel" (env POLDER_LOG_LEVEL): must be one of fatal, error, warn, info, debug, trace, silent, not "verbose"'],
    [{}, `${mesh}\napi: { introspecton: false }\n`, 'unknown key "introspecton" (did you mean "introspection"?)'],
    [{}, `${mesh}\nmeili: { masterKey: abc }\n`, 'Invalid configuration at "meili" in'],
    [{}, `${mesh}\nweb: { prot: 3001 }\n`, 'unknown key "prot" (did you mean "port"?)'],
    [{}, `${mesh}\nneo4j: { password: hunter2 }\n`, 'Invalid configuration at "neo4j.password" in'],
    [{}, `${mesh}\nmeili: { key: hunter2 }\n`, 'set env MEILI_MASTER_KEY instead'],
    [{}, mesh.replace('domain: rentals', 'domain: sales'), 'Invalid configuration at "sources.0.domain"'],
    [{}, mesh.replace('kind: postgres', 'kind: oracle'), 'Invalid configuration at "sources.0.kind"'],
    [{}, mesh.replace('kind: postgres', 'kind: postgres\n    schedule: every hour'), 'Invalid configuration at "sources.0.schedule" in'],
    [{}, mesh.replace('kind: postgres', 'kind: postgres\n    schedule: "0 12 * * ? *"'), '"0 12 * * ? *": "?" (any day) belongs in day-of-month or day-of-week, not in field 5'],
    [{}, `${mesh}\nunknownKey: 1\n`, 'unknown key "unknownKey"; known keys here: dataDir, neo4j, meili, postgres, api, web, redis, logLevel, trust, contractChecks, governance, domains, sources, checks, profiling'],
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

  it('names the line of a YAML syntax error once, without the parser\'s dangling colon', () => {
    const file = polderYamlFile('domains: [\n  - a\n');
    expect(messageOf(file)).toBe(`Configuration file ${file} line 2, column 3 is not valid YAML: Block collections are not allowed within flow collections`);
  });

  it('refuses a domain id used twice, naming both places', () => {
    const file = polderYamlFile(mesh.replace('  - { id: rentals, name: Rentals }', '  - { id: rentals, name: Rentals }\n  - { id: stores, name: Stores }\n  - { id: stores, name: Stores Two }'));
    expect(messageOf(file)).toBe(`Invalid configuration at "domains.2.id" in ${file}: duplicate domain id "stores" (already used by domains.1)`);
  });

  it('reports every problem, the duplicate source before the check that names it', () => {
    const file = polderYamlFile(`${mesh}  - { id: local, kind: sqlite, domain: rentals, path: a.db }
  - { id: local, kind: dbt, domain: rentals, targetDir: target }
  - { id: other, kind: sqlite, domain: sales, path: b.db }
checks:
  - { id: rows, source: locl, dataset: t, kind: rowCount, min: 1 }
`);
    expect(messageOf(file)).toBe(
      [
        '3 problems in the configuration:',
        `  Invalid configuration at "sources.2.id" in ${file}: duplicate source id "local" (already used by sources.1)`,
        `  Invalid configuration at "sources.3.domain" in ${file}: unknown domain "sales" (declared: rentals)`,
        `  Invalid configuration at "checks.0.source" in ${file}: unknown source "locl" (did you mean local? declared postgres, mysql and sqlite sources: rentals-db, local, other)`,
      ].join('\n'),
    );
  });

  it('shows at most 20 problems, and counts the rest', () => {
    const sources = Array.from({ length: 22 }, (_, index) => `  - { id: s${index}, kind: sqlite, domain: sales, path: a.db }`).join('\n');
    const lines = messageOf(polderYamlFile(`domains: [{ id: rentals, name: Rentals }]\nsources:\n${sources}\n`)).split('\n');
    expect([lines[0], lines.length, lines.at(-1)]).toEqual(['22 problems in the configuration:', 22, '  ... and 2 more']);
  });

  it('reports a misspelt required key as unknown, with the key it meant, and not also as missing', () => {
    const file = polderYamlFile(`${mesh}  - { id: analytics, kind: dbt, domain: rentals, target_dir: target }\n`);
    expect(messageOf(file)).toBe(`Invalid configuration at "sources.1" in ${file}: unknown key "target_dir" (did you mean "targetDir"?)`);
  });

  it.each([
    [mesh.replace('kind: postgres', 'kind: postgress'), '"sources.0.kind"', 'must be one of postgres, mysql, sqlite, dbt, contract, directory, not "postgress" (did you mean postgres?)'],
    [mesh.replace('    kind: postgres\n', ''), '"sources.0.kind"', 'is required: one of postgres, mysql, sqlite, dbt, contract, directory'],
    [mesh.replace('{ id: rentals, name: Rentals }', '{ id: rentals, name: Rentals, visibility: public }'), '"domains.0.visibility"', 'must be mesh or private, not "public"'],
    [mesh.replace('{ id: rentals, name: Rentals }', '{ id: Rentals, name: Rentals }'), '"domains.0.id"', 'must be lower-case letters, digits, "-" and "_", starting with a letter or a digit, not "Rentals"'],
    [mesh.replace('domain: rentals', 'domain: rental'), '"sources.0.domain"', 'unknown domain "rental" (did you mean rentals? declared: rentals)'],
    [`${mesh}profiling: { sampleRows: 0 }\n`, '"profiling.sampleRows"', 'must be at least 1, not 0'],
    [`${mesh}trust: { windowDays: 400 }\n`, '"trust.windowDays"', 'must be at most 365, not 400'],
    [`${mesh}trust: { weights: { qualty: 3 } }\n`, '"trust.weights"', 'unknown key "qualty" (did you mean "quality"?)'],
    [`${mesh}api: { host: [a, b] }\n`, '"api.host"', 'must be a string, not a list'],
    [`domains:\n  - rentals\n`, '"domains.0"', 'must be a mapping (key: value), not "rentals"'],
    [mesh.replace('name: Rentals', 'name: ""'), '"domains.0.name"', 'must not be empty'],
  ])('says in plain words what was given and what is expected: %#', (text, key, message) => {
    const file = polderYamlFile(text);
    expect(messageOf(file)).toBe(`Invalid configuration at ${key} in ${file}: ${message}`);
  });

  it('names the file at the top level, where there is no key to name', () => {
    const file = polderYamlFile(`${mesh}soruces: []\n`);
    expect(messageOf(file)).toBe(`Invalid configuration in ${file}: unknown key "soruces" (did you mean "sources"?)`);
  });

  it('never echoes a URL it refuses, which may carry a password', () => {
    expect(() => loadConfig({ file: polderYamlFile(mesh), env: { REDIS_URL: 'redis://:hunter2@cache 6379' } })).toThrow(
      /^Invalid configuration at "redis.url" \(env REDIS_URL\): must be a URL \(scheme:\/\/host:port\)$/,
    );
  });
});

describe('loadConfig: the password of a server connection', () => {
  const withConnection = (connection: string, kind = 'postgres') =>
    polderYamlFile(mesh.replace('kind: postgres', `kind: ${kind}`).replace('connection: { database: rentals, user: crawler, passwordFile: secrets/pw }', `connection: ${connection}`));
  const connectionOf = (file: string) => (loadConfig({ file, env: {} }).mesh.sources[0] as { connection: unknown }).connection;

  it.each(['postgres', 'mysql'])('refuses a %s connection that names no password, saying how to name one', (kind) => {
    const file = withConnection('{ database: rentals, user: crawler }', kind);
    expect(messageOf(file)).toBe(
      `Invalid configuration at "sources.0.connection" in ${file}: names no password: set passwordEnv (the env var that holds it) or passwordFile (the file that holds it), or passwordless: true for a server that asks for none (trust or peer authentication)`,
    );
  });

  it('refuses a password named twice, naming the second key', () => {
    const file = withConnection('{ database: rentals, user: crawler, passwordEnv: RENTALS_PASSWORD, passwordFile: secrets/pw }', 'mysql');
    expect(messageOf(file)).toBe(
      `Invalid configuration at "sources.0.connection.passwordFile" in ${file}: passwordEnv (RENTALS_PASSWORD) is set too; name the password once, in passwordEnv or in passwordFile`,
    );
  });

  it('takes passwordless: true for a server that asks for no password, and refuses it beside a password', () => {
    expect(connectionOf(withConnection('{ database: rentals, user: crawler, passwordless: true }'))).toEqual({ host: '127.0.0.1', port: 5432, database: 'rentals', user: 'crawler', passwordless: true });
    const file = withConnection('{ database: rentals, user: crawler, passwordless: true, passwordEnv: RENTALS_PASSWORD }');
    expect(messageOf(file)).toBe(`Invalid configuration at "sources.0.connection.passwordless" in ${file}: passwordless: true, but passwordEnv names a password; keep one of them`);
  });

  it('reports a misspelt password key as that, not also as no password', () => {
    const file = withConnection('{ database: rentals, user: crawler, password_env: RENTALS_PASSWORD }');
    expect(messageOf(file)).toBe(`Invalid configuration at "sources.0.connection" in ${file}: unknown key "password_env" (did you mean "passwordEnv"?)`);
  });

  it('refuses a password written in the file, without echoing it', () => {
    const file = withConnection('{ database: rentals, user: crawler, password: hunter2 }');
    expect(messageOf(file)).toBe(
      `Invalid configuration at "sources.0.connection.password" in ${file}: a password does not belong in the file; name the env var that holds it (passwordEnv) or the file (passwordFile)`,
    );
  });
});

/** The message loadConfig refuses `file` with. */
function messageOf(file: string, env: NodeJS.ProcessEnv = {}): string {
  try {
    loadConfig({ file, env });
  } catch (error) {
    expect(error).toBeInstanceOf(PolderConfigError);
    return (error as Error).message;
  }
  throw new Error(`expected ${file} to be refused`);
}
