/**
 * Polder's configuration: environment variables over `polder.yaml` over defaults.
 *
 * Everything is validated with zod; a bad value fails fast with the key and the
 * expected form (`PolderConfigError`), never with a stack trace deep in a driver.
 * Secrets (passwords, keys) are referenced by the name of an env var or a file,
 * and only resolved when a connection is opened, so the resolved config never
 * carries them into logs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { checkConfigSchema, validateCheckTargets } from './checkConfig.ts';
import { cronSchedule } from './cronSchedule.ts';
import { trustConfigSchema } from './trustConfig.ts';
import { contractCheckConfigSchema } from './contractCheckConfig.ts';
import { profilingConfigSchema, validateProfilingTargets } from './profilingConfig.ts';
import { glossaryLimitsSchema, lineageLimitsSchema, operationLimitsSchema } from './apiLimits.ts';
import { booleanSetting, portNumber, proxyAddresses, wholeNumber } from './configValues.ts';
import { closestName } from './closestName.ts';
import { plainIssueMessage, shown } from './plainIssueMessage.ts';
import { rootIssues } from './rootIssues.ts';
import { yamlSyntaxProblem } from './yamlSyntaxProblem.ts';
import type { SecretName } from './services/secrets.ts';
import { servicePaths } from './services/servicePaths.ts';

export { checkConfigSchema, CHECKABLE_SOURCE_KINDS, type CheckConfig, type CheckConfigOf, type CheckKind } from './checkConfig.ts';
export * from './trustConfig.ts';
export * from './contractCheckConfig.ts';
export * from './profilingConfig.ts';
export * from './apiLimits.ts';


const sourceId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, {
  error: (issue) => `must be lower-case letters, digits, "-" and "_", starting with a letter or a digit, not ${shown(issue.input)}`,
  // A malformed id stops the checks of what names it: "unknown domain" beside "Rentals is not an id" would be noise.
  abort: true,
});

/** What every source declares, whatever its kind. */
const sourceCommon = {
  id: sourceId,
  domain: z.string().min(1),
  /** Cron expression; absent means "only when triggered". */
  schedule: cronSchedule('"*/30 * * * *" (every 30 minutes)').optional(),
  /** `schema.table` patterns to keep; `*` does not cross a dot. Empty keeps everything. */
  include: z.array(z.string()).default([]),
  exclude: z.array(z.string()).default([]),
};

const LOOPBACK_HOST = '127.0.0.1';
/** The superuser of the local PostgreSQL, as `polder start` initialises it, and the secret holding its password. */
const LOCAL_POSTGRES_USER = 'postgres';
const LOCAL_POSTGRES_PASSWORD: SecretName = 'postgres-password';

/** The keys of a database server connection; the password is named (env var or file), never written. */
function serverConnectionKeys(defaultPort: number) {
  return {
    host: z.string().default('127.0.0.1'),
    port: portNumber.default(defaultPort),
    database: z.string().min(1),
    user: z.string().min(1),
    /** Name of the env var that holds the password (never the password itself). */
    passwordEnv: z.string().min(1).optional(),
    /** Path of a file that holds the password, relative to polder.yaml. */
    passwordFile: z.string().min(1).optional(),
    /** The server asks this user for no password (PostgreSQL trust or peer authentication, a MySQL account without one). */
    passwordless: z.boolean().optional(),
  };
}

/**
 * A server connection names its password exactly one way. Left out, the crawl only failed at the
 * server, with the driver's words (`SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a
 * string`); given twice, one of them was silently ignored. A server that asks for none (trust auth
 * in a CI container, peer auth over a Unix socket) is said so, `passwordless: true`, so that a
 * forgotten password never passes for one.
 */
function namesOnePassword(connection: { passwordEnv?: string; passwordFile?: string; passwordless?: boolean }, context: z.RefinementCtx): void {
  const { passwordEnv, passwordFile, passwordless } = connection;
  if (passwordEnv !== undefined && passwordFile !== undefined) {
    context.addIssue({ code: 'custom', path: ['passwordFile'], message: `passwordEnv (${passwordEnv}) is set too; name the password once, in passwordEnv or in passwordFile` });
  } else if (passwordless && (passwordEnv !== undefined || passwordFile !== undefined)) {
    context.addIssue({ code: 'custom', path: ['passwordless'], message: `passwordless: true, but ${passwordEnv !== undefined ? 'passwordEnv' : 'passwordFile'} names a password; keep one of them` });
  } else if (!passwordless && passwordEnv === undefined && passwordFile === undefined) {
    context.addIssue({
      code: 'custom',
      path: [],
      message:
        'names no password: set passwordEnv (the env var that holds it) or passwordFile (the file that holds it), or passwordless: true for a server that asks for none (trust or peer authentication)',
    });
  }
}

function serverConnection(defaultPort: number) {
  return z.object(serverConnectionKeys(defaultPort)).strict().superRefine(namesOnePassword);
}

/**
 * A database of Polder's own PostgreSQL (the demo's domain stores): its address, user and password are
 * the local service's, filled in by `loadConfig` (`postgres.port`, the data dir's secret), so they follow
 * POLDER_POSTGRES_PORT and POLDER_DATA_DIR instead of repeating them in every source.
 */
const postgresConnection = z
  .discriminatedUnion(
    'local',
    [
      z.object({ local: z.literal(true), database: z.string().min(1) }).strict(),
      z
        .object({ ...serverConnectionKeys(5432), local: z.undefined().optional() })
        .strict()
        .superRefine(namesOnePassword),
    ],
    {
      // Only for a `local` no form takes; a connection that is no mapping at all is said so by plainIssueMessage.
      error: (issue) =>
        issue.code === 'invalid_union'
          ? `local must be true (a database of Polder's own PostgreSQL) or left out (a server named by host, port and user), not ${shown((issue.input as { local?: unknown }).local)}`
          : undefined,
    },
  )
  .transform((connection) =>
    connection.local
      ? { host: LOOPBACK_HOST, port: 0, database: connection.database, user: LOCAL_POSTGRES_USER, passwordEnv: undefined, passwordFile: undefined as string | undefined, local: true as const }
      : connection,
  );

/** A source of the mesh, as declared in polder.yaml. `kind` picks the crawler and the shape of the rest. */
export const sourceConfigSchema = z.discriminatedUnion('kind', [
  z.object({ ...sourceCommon, kind: z.literal('postgres'), connection: postgresConnection }).strict(),
  z.object({ ...sourceCommon, kind: z.literal('mysql'), connection: serverConnection(3306) }).strict(),
  z.object({ ...sourceCommon, kind: z.literal('sqlite'), path: z.string().min(1) }).strict(),
  z
    .object({
      ...sourceCommon,
      kind: z.literal('dbt'),
      /** dbt's target/ directory holding manifest.json, and catalog.json and run_results.json when present. */
      targetDir: z.string().min(1),
    })
    .strict(),
  z
    .object({
      ...sourceCommon,
      kind: z.literal('contract'),
      /** A contract file (ODCS v3 YAML) or a directory of them. */
      path: z.string().min(1),
    })
    .strict(),
  z
    .object({
      ...sourceCommon,
      /** A people directory: Person and Team nodes, MEMBER_OF edges (crawlers/src/sources/directory/README.md). `domain`: the domain that maintains it. */
      kind: z.literal('directory'),
      /** A Polder directory (YAML) or SCIM 2.0 export (JSON) file, or a directory of them. */
      path: z.string().min(1),
    })
    .strict(),
]);
export type SourceConfig = z.infer<typeof sourceConfigSchema>;
export type SourceKind = SourceConfig['kind'];
/** The config of one kind of source, e.g. `SourceConfigOf<'postgres'>`. */
export type SourceConfigOf<Kind extends SourceKind> = Extract<SourceConfig, { kind: Kind }>;


export const domainConfigSchema = z
  .object({
    id: sourceId,
    name: z.string().min(1),
    description: z.string().default(''),
    /**
     * Who may see the domain's assets. `mesh` (unset): everyone who may read the catalog. `private`: the
     * domain's members (accounts listing it in their domains), the council and admins; its data products
     * and their output ports stay visible to all (README, "Access"). Optional rather than defaulted so a
     * mesh written in code (tests, benches) need not name it; read it as `domain.visibility ?? 'mesh'`.
     */
    visibility: z.enum(['mesh', 'private']).optional(),
    /** Who answers for the domain (its business owners: people, teams or e-mail addresses), shown until a person sets others through the API. */
    owners: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  })
  .strict();
export type DomainConfig = z.infer<typeof domainConfigSchema>;

/** The mesh part of polder.yaml: domains and their sources. */
export const meshConfigSchema = z
  .object({
    domains: z.array(domainConfigSchema).default([]),
    sources: z.array(sourceConfigSchema).default([]),
    /** Quality checks Polder runs itself (checkConfig.ts); optional so a mesh of domains and sources alone stays a MeshConfig. */
    checks: z.array(checkConfigSchema).optional(),
    /** Column profiling (profilingConfig.ts): polder.yaml's top-level `profiling:`, kept here because it names sources. */
    profiling: profilingConfigSchema.optional(),
  })
  .strict()
  .superRefine((mesh, context) => {
    // Domains, then sources, then what names them: a duplicate source is the root of a check's complaint about it.
    const domainAt = new Map<string, number>();
    mesh.domains.forEach((domain, index) => {
      const first = domainAt.get(domain.id);
      if (first === undefined) domainAt.set(domain.id, index);
      else context.addIssue({ code: 'custom', path: ['domains', index, 'id'], message: `duplicate domain id "${domain.id}" (already used by domains.${first})` });
    });
    const domains = [...domainAt.keys()];
    const sourceAt = new Map<string, number>();
    mesh.sources.forEach((source, index) => {
      if (!domainAt.has(source.domain)) {
        const meant = closestName(source.domain, domains);
        context.addIssue({
          code: 'custom',
          path: ['sources', index, 'domain'],
          message: `unknown domain "${source.domain}" (${meant ? `did you mean ${meant}? ` : ''}declared: ${domains.join(', ') || 'none'})`,
        });
      }
      const first = sourceAt.get(source.id);
      if (first === undefined) sourceAt.set(source.id, index);
      else context.addIssue({ code: 'custom', path: ['sources', index, 'id'], message: `duplicate source id "${source.id}" (already used by sources.${first})` });
    });
    validateCheckTargets(mesh, context);
    validateProfilingTargets(mesh, context);
  });
export type MeshConfig = z.infer<typeof meshConfigSchema>;

export const polderConfigSchema = z.object({
  /** Where local services keep their data and state; relative to the config file. */
  dataDir: z.string(),
  neo4j: z.object({
    /** Unset: Polder starts its own embedded Neo4j on `boltPort`. */
    uri: z.string().url().optional(),
    user: z.string().default('neo4j'),
    /** From env NEO4J_PASSWORD only: polder.yaml may not hold it (see SECRETS_NOT_IN_FILE). */
    password: z.string().optional(),
    database: z.string().default('neo4j'),
    boltPort: portNumber.default(7687),
    heapMb: wholeNumber(256, 1_048_576, 'a whole number of megabytes, at least 256').default(2048),
    pageCacheMb: wholeNumber(64, 1_048_576, 'a whole number of megabytes, at least 64').default(512),
  }).strict(),
  meili: z.object({
    /** Unset: Polder starts its own Meilisearch on `port`. */
    url: z.string().url().optional(),
    /** From env MEILI_MASTER_KEY only: polder.yaml may not hold it (see SECRETS_NOT_IN_FILE). */
    key: z.string().optional(),
    port: portNumber.default(7700),
    indexPrefix: z.string().regex(/^[a-z0-9_]*$/).default('polder_'),
  }).strict(),
  postgres: z.object({
    /** Port of the embedded PostgreSQL that hosts the demo mesh's domain stores. */
    port: portNumber.default(54329),
  }).strict(),
  api: z.object({
    host: z.string().default('127.0.0.1'),
    port: portNumber.default(4000),
    introspection: booleanSetting.default(true),
    /**
     * Who the API believes when a request says on whose behalf it comes (`X-Forwarded-For`): the web
     * catalog, which counts sign-in attempts per browser through it. Loopback unless set: the web on
     * another host or container must be named here (its address, or its network's range), or every
     * browser's attempts count as the web's, and 30 failed ones lock everybody out for 15 minutes.
     */
    trustedProxies: proxyAddresses.default(['loopback']),
    /** Whether callers who have not signed in may read the catalog. Off unless configured (the demo turns it on). */
    anonymousRead: booleanSetting.default(false),
    /** How long a web session lasts after signing in. */
    sessionHours: wholeNumber(1, 24 * 30, 'a whole number of hours from 1 to 720').default(12),
    /** The longest lifetime an API token may be given. */
    tokenMaxDays: wholeNumber(1, 3650, 'a whole number of days from 1 to 3,650').default(365),
    /** Caps on lineage and impact walks, glossary walks, and one GraphQL operation (apiLimits.ts). */
    lineage: lineageLimitsSchema,
    glossary: glossaryLimitsSchema,
    operations: operationLimitsSchema,
  }).strict(),
  web: z.object({
    host: z.string().default('127.0.0.1'),
    port: portNumber.default(3000),
  }).strict(),
  redis: z.object({
    /** Set: crawls are scheduled on a shared BullMQ queue, for several workers. Unset: in-process. */
    url: z.string().url().optional(),
  }).strict(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  mesh: meshConfigSchema,
  /** How trust scores are weighed (trustConfig.ts); every key has a default. */
  trust: trustConfigSchema,
  /** When and at what cost Polder runs the data contracts' quality rules (contractCheckConfig.ts); every key has a default. */
  contractChecks: contractCheckConfigSchema,
  /**
   * Governance policies (policySet.ts), kept raw here and validated on their own by
   * `parsePolicySet`: an invalid policy must leave the set in force, not stop Polder.
   */
  governance: z.unknown().optional(),
  /** The directory of polder.yaml (the working directory without one): files it names are relative to it. */
  configDir: z.string(),
}).strict();
export type PolderConfig = z.infer<typeof polderConfigSchema>;

/** Problems shown at once; a file wrong from top to bottom needs no hundred lines to say so. */
const MAX_PROBLEMS_SHOWN = 20;

/**
 * A configuration value that is missing or malformed; the message names the key. When several are,
 * the message lists them all, one a line, each as it would read alone:
 *
 *   2 problems in the configuration:
 *     Invalid configuration at "sources.3.id" in polder.yaml: duplicate source id "stores-db" (already used by sources.1)
 *     Invalid configuration at "api.port" (env POLDER_API_PORT): a port number from 1 to 65535, not "eighty"
 */
export class PolderConfigError extends Error {
  override name = 'PolderConfigError';

  constructor(
    message: string,
    /** Every problem, each a whole message; one problem's is the message itself. */
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
  }

  static of(problems: readonly string[]): PolderConfigError {
    if (problems.length === 1) return new PolderConfigError(problems[0]!);
    const shownProblems = problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => `  ${problem}`);
    if (problems.length > MAX_PROBLEMS_SHOWN) shownProblems.push(`  ... and ${problems.length - MAX_PROBLEMS_SHOWN} more`);
    return new PolderConfigError([`${problems.length} problems in the configuration:`, ...shownProblems].join('\n'), problems);
  }
}

/** Env var → config path. Only these are read; anything else in env is ignored. */
const ENV_KEYS: Record<string, string[]> = {
  POLDER_DATA_DIR: ['dataDir'],
  NEO4J_URI: ['neo4j', 'uri'],
  NEO4J_USER: ['neo4j', 'user'],
  NEO4J_PASSWORD: ['neo4j', 'password'],
  NEO4J_DATABASE: ['neo4j', 'database'],
  POLDER_NEO4J_BOLT_PORT: ['neo4j', 'boltPort'],
  POLDER_NEO4J_HEAP_MB: ['neo4j', 'heapMb'],
  POLDER_NEO4J_PAGECACHE_MB: ['neo4j', 'pageCacheMb'],
  MEILI_URL: ['meili', 'url'],
  MEILI_MASTER_KEY: ['meili', 'key'],
  POLDER_MEILI_PORT: ['meili', 'port'],
  POLDER_MEILI_INDEX_PREFIX: ['meili', 'indexPrefix'],
  POLDER_POSTGRES_PORT: ['postgres', 'port'],
  POLDER_API_HOST: ['api', 'host'],
  POLDER_API_PORT: ['api', 'port'],
  POLDER_API_INTROSPECTION: ['api', 'introspection'],
  POLDER_API_ANONYMOUS_READ: ['api', 'anonymousRead'],
  POLDER_API_TRUSTED_PROXIES: ['api', 'trustedProxies'],
  POLDER_API_LINEAGE_MAX_DEPTH: ['api', 'lineage', 'maxDepth'],
  POLDER_API_LINEAGE_MAX_NODES: ['api', 'lineage', 'maxNodes'],
  POLDER_API_GLOSSARY_WALK_CAP: ['api', 'glossary', 'walkCap'],
  POLDER_API_MAX_DEPTH: ['api', 'operations', 'maxDepth'],
  POLDER_API_MAX_FIELDS: ['api', 'operations', 'maxFields'],
  POLDER_API_MAX_ALIASES: ['api', 'operations', 'maxAliases'],
  POLDER_API_MAX_COST: ['api', 'operations', 'maxCost'],
  POLDER_WEB_HOST: ['web', 'host'],
  POLDER_WEB_PORT: ['web', 'port'],
  POLDER_LOG_LEVEL: ['logLevel'],
  REDIS_URL: ['redis', 'url'],
};

/**
 * Secrets that only the environment may give: polder.yaml is checked in and copied around, and a
 * source's password is named there (`passwordEnv`, `passwordFile`), never written.
 */
const SECRETS_NOT_IN_FILE: Record<string, string> = { 'neo4j.password': 'NEO4J_PASSWORD', 'meili.key': 'MEILI_MASTER_KEY' };

export interface LoadConfigOptions {
  /** Path of polder.yaml; default `POLDER_CONFIG` or `./polder.yaml` if it exists; `null` for none. */
  file?: string | null;
  env?: NodeJS.ProcessEnv;
  /** Values that win over everything (used by tests to pick ports). */
  overrides?: Record<string, unknown>;
}

/** Loads, merges and validates the configuration. Throws `PolderConfigError`. */
export function loadConfig(options: LoadConfigOptions = {}): PolderConfig {
  const env = options.env ?? process.env;
  // An empty POLDER_CONFIG is unset, like every other empty variable here, not "no file".
  const file =
    options.file === null ? undefined : (options.file ?? (env.POLDER_CONFIG || undefined) ?? (existsSync('polder.yaml') ? 'polder.yaml' : undefined));
  const fromFile = file ? readYamlFile(file) : {};
  refuseSecretsIn(fromFile, file);
  const baseDir = file ? dirname(resolve(file)) : process.cwd();

  const raw: Record<string, unknown> = {
    dataDir: '.polder',
    neo4j: {},
    meili: {},
    postgres: {},
    api: {},
    web: {},
    redis: {},
    mesh: {},
    ...splitFileSections(fromFile, file),
    configDir: baseDir,
  };
  /** Config path → the env var that set it, so an error names where the bad value came from. */
  const setByEnv = new Map<string, string>();
  for (const [name, path] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    setPath(raw, path, value);
    setByEnv.set(path.join('.'), name);
  }
  deepAssign(raw, options.overrides ?? {});

  // reportInput: rootIssues tells a missing key (input undefined) from a bad one.
  const parsed = polderConfigSchema.safeParse(raw, { reportInput: true, error: (issue) => plainIssueMessage(issue, { keysAt: keysWrittenAt }) });
  if (!parsed.success) throw configErrorOf(parsed.error.issues, setByEnv, file);
  const config = parsed.data;
  config.dataDir = resolve(baseDir, config.dataDir);
  // Secret files named in polder.yaml are relative to it, like the data dir.
  for (const source of config.mesh.sources) {
    if (source.kind === 'postgres' && 'local' in source.connection) {
      source.connection.port = config.postgres.port;
      source.connection.passwordFile = join(servicePaths(config.dataDir).secretsDir, LOCAL_POSTGRES_PASSWORD);
    }
    if ('connection' in source && source.connection.passwordFile) source.connection.passwordFile = resolve(baseDir, source.connection.passwordFile);
    if ('path' in source) source.path = resolve(baseDir, source.path);
    if ('targetDir' in source) source.targetDir = resolve(baseDir, source.targetDir);
  }
  return config;
}

/** The sections polder.yaml writes at its top level; the schema keeps domains, sources, checks and profiling under `mesh`. */
const FILE_TOP_LEVEL_KEYS = [
  ...Object.keys(polderConfigSchema.shape).filter((key) => key !== 'mesh' && key !== 'configDir'),
  ...Object.keys(meshConfigSchema.shape),
];

/** Which keys a person may write at `path`: what an unknown key there is compared with ("did you mean"). */
function keysWrittenAt(path: readonly PropertyKey[], keys: string[]): string[] {
  return path.length === 0 ? FILE_TOP_LEVEL_KEYS : keys;
}

/**
 * Every problem, causes first (rootIssues), each named by the key a person would write:
 * `sources.0.domain` rather than the schema's `mesh.sources.0.domain`, and by the env var or the file
 * the bad value came from.
 */
function configErrorOf(issues: readonly z.core.$ZodIssue[], setByEnv: Map<string, string>, file: string | undefined): PolderConfigError {
  return PolderConfigError.of(
    rootIssues(issues).map((issue) => {
      const path = issue.path[0] === 'mesh' ? issue.path.slice(1) : issue.path;
      const key = path.map(String).join('.');
      const envName = setByEnv.get(issue.path.join('.'));
      const where = envName ? ` (env ${envName})` : file ? ` in ${file}` : '';
      return `Invalid configuration${key ? ` at "${key}"` : ''}${where}: ${issue.message}`;
    }),
  );
}

function refuseSecretsIn(fromFile: Record<string, unknown>, file: string | undefined): void {
  for (const [key, envName] of Object.entries(SECRETS_NOT_IN_FILE)) {
    const [section, name] = key.split('.') as [string, string];
    const values = fromFile[section];
    if (values && typeof values === 'object' && name in values) {
      throw new PolderConfigError(`Invalid configuration at "${key}" in ${file}: a secret does not belong in the file; set env ${envName} instead`);
    }
  }
  // A source's password written where its name belongs: said as such, not as one more unknown key.
  const sources = Array.isArray(fromFile.sources) ? (fromFile.sources as unknown[]) : [];
  sources.forEach((source, index) => {
    const connection = typeof source === 'object' && source !== null ? (source as { connection?: unknown }).connection : undefined;
    if (typeof connection === 'object' && connection !== null && 'password' in connection) {
      throw new PolderConfigError(
        `Invalid configuration at "sources.${index}.connection.password" in ${file}: a password does not belong in the file; name the env var that holds it (passwordEnv) or the file (passwordFile)`,
      );
    }
  });
}

function readYamlFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PolderConfigError(`Cannot read configuration file ${file}: ${(error as Error).message}`);
  }
  try {
    const value = parseYaml(text) ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new PolderConfigError(`Configuration file ${file} must hold a mapping at its top level`);
    }
    return value as Record<string, unknown>;
  } catch (error) {
    if (error instanceof PolderConfigError) throw error;
    throw new PolderConfigError(`Configuration file ${file} ${yamlSyntaxProblem(error)}`);
  }
}

/** polder.yaml keeps `domains` and `sources` at the top level; the schema nests them under `mesh`. */
function splitFileSections(fromFile: Record<string, unknown>, file: string | undefined): Record<string, unknown> {
  const { domains, sources, checks, profiling, ...rest } = fromFile;
  const mesh: Record<string, unknown> = {};
  if (domains !== undefined) mesh.domains = domains;
  if (sources !== undefined) mesh.sources = sources;
  if (checks !== undefined) mesh.checks = checks;
  if (profiling !== undefined) mesh.profiling = profiling;
  if ('mesh' in rest) throw new PolderConfigError(`Unknown key "mesh" in ${file}: use top-level "domains", "sources", "checks" and "profiling"`);
  return { ...rest, mesh };
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

function deepAssign(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof target[key] === 'object' && target[key]) {
      deepAssign(target[key] as Record<string, unknown>, value as Record<string, unknown>);
    } else {
      target[key] = value;
    }
  }
}
