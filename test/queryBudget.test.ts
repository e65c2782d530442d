/**
 * The N+1 budget of the issue ("the number of Cypher queries per operation is at most 1 + nesting
 * depth and does not grow with list sizes"), held for the whole schema rather than area by area.
 * Operations are generated from the committed SDL (api/schema.graphql, which schema.test.ts keeps
 * equal to the served schema) and their cost read from the `x-polder-graph-queries` header. For
 * every type that implements Entity, through `entities(urns:)` with up to 10 of its instances:
 *
 * - each object field, with its own fields and, one level further down, its objects' `__typename`,
 *   costs no more for all the instances than for the costliest of them alone;
 * - all the fields at once are answered for all the instances without an error, in no more
 *   queries than the fields cost one by one;
 * - each chain of two fields (`f { g }`) costs at most 1 + its nesting depth. So does each chain
 *   from the root fields that list objects, from search's hits, and from a lineage walk's edges and nodes.
 *
 * Why chains for the depth budget: each kind of neighbour costs a query of its own per level (one
 * for a dataset's quality checks, one for their trust scores, ...), as people.test.ts and
 * trust.test.ts count. A selection of many kinds at one level costs more than 1 + its depth without
 * any read per parent; a chain has one kind per level.
 *
 * The graph is the demo's, as `npm start --demo` builds it, in domains of this file's own: the demo
 * databases and data contracts (demoProductsMesh.ts), the glossary and its polysemes
 * (demo/glossary.yaml), Finance's OpenLineage jobs (demo/openlineage), the people directory
 * (demo/people.yaml), polder.yaml's checks and the contracts' rules run, two tables profiled, trust
 * scored and the demo's policies evaluated: the relations fields follow have something at their end.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProvider, lineageNamespace, refreshPopularity, runAndRecordChecks, runAndRecordContractChecks, runAndRecordProfiles } from '@polder/crawlers';
import {
  applyGlossarySeed,
  applyPolicySet,
  OpenLineageService,
  parseGlossarySeed,
  PolicyEvaluator,
  SearchIndexer,
  startApiServer,
  TrustScorer,
  type ApiServer,
  type GlossarySeed,
} from '@polder/api';
import { checkConfigSchema, contractCheckConfigSchema, trustConfigSchema, type CheckConfig, type SourceConfig } from '@polder/runtime';
import { demoLineageEvents } from 'polder';
import { accountsClient } from './support/accountsClient.ts';
import { deleteCrawledData, writeTestSource } from './support/crawlFixture.ts';
import { DEMO_DOMAINS, loadDemoProductsMesh, type DemoDomain, type DemoProductsMesh } from './support/demoProductsMesh.ts';
import { demoPolicySetOf } from './support/demoPolicySet.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';

const PREFIX = 'qb';
const ADMIN = 'qb-admin';
const PASSWORD = 'a long enough password';
const SEED_ACTOR = 'qb-glossary-seed';
/** Finance's demo pipelines: their jobs and runs are this file's to delete. */
const JOBS_PROVIDER = 'openlineage:finance-pipelines';
const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));
const services = testServices();
const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_qbudget_';
const { signIn, sessionOf } = accountsClient();
const people: SourceConfig = { id: `${PREFIX}-people`, kind: 'directory', domain: `${PREFIX}-finance`, path: `${REPOSITORY}demo/people.yaml`, include: [], exclude: [] };
const MERCHANT = 'urn:polder:polyseme:merchant';
let mesh: DemoProductsMesh;
let api: ApiServer;

const schema = buildSchema(readFileSync(new URL('../api/schema.graphql', import.meta.url), 'utf8'));
const ENTITY_TYPES = schema.getPossibleTypes(schema.getType('Entity') as GraphQLInterfaceType);

type Composite = GraphQLObjectType | GraphQLInterfaceType;
type Field = GraphQLField<unknown, unknown>;

/**
 * Values for required arguments, by `Type.field`. A field that gains a required argument fails this
 * file until it has a value here: a generated operation cannot guess one.
 */
const REQUIRED_ARGUMENTS: Record<string, () => string> = {
  // Two domains whose senses of Customer the demo maps (rule on the billing account number).
  'Polyseme.joinKeys': () => `(domainA: "${mesh.domainId('rentals')}", domainB: "${mesh.domainId('finance')}")`,
  // The polyseme Customer was created, then its mappings and identity fields set: a few changes.
  'Query.changes': () => `(input: {urn: "urn:polder:polyseme:customer"})`,
  'Query.incidents': () => `(input: {})`,
  'Query.termSuggestions': () => `(input: {})`,
  'Query.autocomplete': () => `(input: {query: "cust"})`,
  // No prefix: the catalog's most used tags (Meilisearch's facet search; the demo's datasets carry several).
  'Query.tags': () => `(input: {prefix: ""})`,
};

/**
 * Fields whose resolver reads more than one kind of object per level, by `Type.field`: how many
 * queries more than one a chain through them may cost, and why. Batched, so the same for any list.
 */
const EXTRA_QUERIES: Record<string, { queries: number; why: string }> = {
  'Field.inheritedClassifications': { queries: 1, why: "the terms the columns carry, then their datasets, to mask a restricted one's (sensitiveValues.ts)" },
};

/** Every page the operations ask for is this small, so that a type's whole selection for 10 instances stays under the API's cost cap (`maxCost`). */
const PAGE = 5;

function callOf(owner: Composite, field: Field): string {
  const required = field.args.filter((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined);
  if (required.length > 0) {
    const given = REQUIRED_ARGUMENTS[`${owner.name}.${field.name}`];
    if (!given) throw new Error(`${owner.name}.${field.name} needs ${required.map((argument) => argument.name).join(', ')}: give it a value in REQUIRED_ARGUMENTS`);
    return `${field.name}${given()}`;
  }
  return field.args.some((argument) => argument.name === 'limit') ? `${field.name}(limit: ${PAGE})` : field.name;
}

const fieldsOf = (type: Composite) => Object.values(type.getFields()) as Field[];
const compositeOf = (field: Field) => {
  const named = getNamedType(field.type);
  return isObjectType(named) || isInterfaceType(named) ? named : null;
};

/** `field`, and if it is an object, its own fields `levels` deep, with only `__typename` of the objects at the last level. */
function selectionOf(owner: Composite, field: Field, levels: number): string {
  const composite = compositeOf(field);
  if (!composite) return callOf(owner, field);
  const inner = levels === 0 ? '' : fieldsOf(composite).map((child) => selectionOf(composite, child, levels - 1)).join(' ');
  return `${callOf(owner, field)} { __typename ${inner} }`;
}

/**
 * How deep an operation nests fields with fields of their own: `entities { ... on T { f { g { __typename } } } }`
 * is 3. A page's list of items counts as a level too, though it costs no query (catalogApi.test.ts leaves it out).
 */
function nestingDepth(document: string): number {
  const depth = (set: SelectionSetNode | undefined): number =>
    Math.max(
      0,
      ...(set?.selections ?? []).map((selection) => {
        if (selection.kind === Kind.FIELD) return selection.selectionSet ? 1 + depth(selection.selectionSet) : 0;
        if (selection.kind === Kind.INLINE_FRAGMENT) return depth(selection.selectionSet);
        throw new Error('the generated operations spread no named fragments');
      }),
    );
  const [operation] = parse(document).definitions;
  return operation?.kind === Kind.OPERATION_DEFINITION ? depth(operation.selectionSet) : 0;
}

/** What an operation costs the admin: the Cypher queries the API sent for it, and its answer. */
async function costOf(query: string, variables: Record<string, unknown> = {}): Promise<{ queries: number; body: GraphQLResponse }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionOf(ADMIN)}` },
    body: JSON.stringify({ query, variables }),
  });
  return { queries: Number(response.headers.get('x-polder-graph-queries')), body: (await response.json()) as GraphQLResponse };
}

/**
 * `work` for every item, a few at a time: each request counts its own queries (its own GraphReader
 * and loaders), so overlapping requests do not change any count, and the file takes seconds, not a minute.
 */
async function eachOf<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return results;
}

/** An operation from one place in the schema: `operation(selection)` is the document, `items(data)` what it lists. */
interface Listing {
  type: Composite;
  operation: (selection: string) => string;
  variables?: Record<string, unknown>;
  items: (data: Record<string, any>) => Array<Record<string, unknown> | null>;
}

/** Whether an item has anything at a field: an object, or a list with items. */
const hasAnything = (item: Record<string, unknown> | null, field: Field) => {
  const value = item?.[field.name];
  return value != null && !(Array.isArray(value) && value.length === 0);
};

/**
 * Each chain of fields two levels deep (`f` for a leaf, `f { g }` for an object) that costs more than
 * 1 + its nesting depth (plus what EXTRA_QUERIES allows), or fails. Below a field at which no item has
 * anything, nothing runs: that field's chain is `f { __typename }` alone.
 */
async function chainsOverBudget({ type, operation, variables, items }: Listing) {
  const cost = async (selection: string, through: string[]) => {
    const document = operation(selection);
    const budget = 1 + nestingDepth(document) + through.reduce((extra, step) => extra + (EXTRA_QUERIES[step]?.queries ?? 0), 0);
    const { queries, body } = await costOf(document, variables);
    return { chain: selection, queries, budget, errors: body.errors?.map((error) => error.message), data: body.data };
  };
  const costs = await eachOf(fieldsOf(type), async (field) => {
    const step = `${type.name}.${field.name}`;
    const composite = compositeOf(field);
    if (!composite) return [await cost(callOf(type, field), [step])];
    const first = await cost(`${callOf(type, field)} { __typename }`, [step]);
    if (!first.data || !items(first.data).some((item) => hasAnything(item, field))) return [first];
    return [first, ...(await eachOf(fieldsOf(composite), (inner) => cost(`${callOf(type, field)} { ${selectionOf(composite, inner, 0)} }`, [step, `${composite.name}.${inner.name}`])))];
  });
  return {
    chains: costs.flat().length,
    over: costs.flat().filter((chain) => chain.queries > chain.budget || chain.errors).map(({ data: _, ...chain }) => chain),
  };
}

/** Up to 10 instances of a type, the most connected first: the more relations, the more levels a selection runs. */
async function instancesOf(type: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity) WHERE $type IN labels(n) AND coalesce(n.status, 'ACTIVE') = 'ACTIVE'
     RETURN n.urn AS urn ORDER BY COUNT { (n)--() } DESC, n.urn LIMIT 10`,
    { type },
  );
  return records.map((record) => record.get('urn') as string);
}

/** demo/glossary.yaml aimed at this file's mesh: each domain glossary in its prefixed domain, each column in its prefixed database. */
function glossarySeedOfMesh(seed: GlossarySeed): GlossarySeed {
  const domain = (id: string) => ((DEMO_DOMAINS as readonly string[]).includes(id) ? mesh.domainId(id as DemoDomain) : id);
  const asset = (path: string) => {
    const [database, ...rest] = path.split('.');
    return [mesh.database(database as DemoDomain), ...rest].join('.');
  };
  // A join rule's columns, each side of each condition (`a.b.c.col = x.y.z.col AND ...`), in this file's databases.
  const rule = (text: string) => text.split(/\s+AND\s+/i).map((condition) => condition.split('=').map((side) => asset(side.trim())).join(' = ')).join(' AND ');
  return {
    glossaries: seed.glossaries.map((glossary) => ({ ...glossary, id: domain(glossary.id) })),
    polysemes: seed.polysemes.map((polyseme) => ({
      ...polyseme,
      senses: polyseme.senses.map((sense) => ({ ...sense, domain: domain(sense.domain), identityFields: sense.identityFields.map(asset) })),
      mappings: polyseme.mappings.map((mapping) => ({ ...mapping, from: domain(mapping.from), to: domain(mapping.to), ...(mapping.rule ? { rule: rule(mapping.rule) } : {}) })),
    })),
    assignments: seed.assignments.map((assignment) => ({ ...assignment, glossary: domain(assignment.glossary), assets: assignment.assets.map(asset) })),
  };
}

const polderYaml = () => parseYaml(readFileSync(new URL('../polder.yaml', import.meta.url), 'utf8')) as { checks: Array<Record<string, any>>; governance: Record<string, any> };

/** polder.yaml's quality checks, run against this file's databases: `rentals-db` is the rentals database source. */
function demoChecks(): CheckConfig[] {
  const sourceOf = (id: string) => mesh.databaseSource(id.replace(/-db$/, '') as DemoDomain).id;
  return polderYaml().checks.map((check) => checkConfigSchema.parse({ ...check, source: sourceOf(check.source) }));
}

async function mutate(mutation: string, input: Record<string, unknown>): Promise<void> {
  const { body } = await costOf(mutation, { input });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

beforeAll(async () => {
  mesh = await loadDemoProductsMesh(driver, services.postgres, PREFIX);
  const env = { DEMO_PRODUCTS_PG_PASSWORD: services.postgres.password };
  const databases = DEMO_DOMAINS.map((domain) => mesh.databaseSource(domain));

  const seed = glossarySeedOfMesh(parseGlossarySeed(readFileSync(new URL('../demo/glossary.yaml', import.meta.url), 'utf8')));
  const seeded = await applyGlossarySeed(driver, seed, { actor: SEED_ACTOR });
  if (seeded.warnings.length > 0) throw new Error(`the demo glossary did not seed cleanly: ${seeded.warnings.join('; ')}`);

  // Finance's jobs, moved to this file's databases, through the OpenLineage ingestion; their runs are the tables' usage.
  const namespace = lineageNamespace('postgres', services.postgres.host, services.postgres.port);
  const stores = Object.fromEntries(DEMO_DOMAINS.map((domain) => [domain, { namespace, database: mesh.database(domain) }]));
  const ingestion = new OpenLineageService(driver, undefined, testLogger);
  for (const { file, events } of demoLineageEvents(`${REPOSITORY}demo/openlineage`, stores)) {
    const result = await ingestion.ingestBatch(events, 'platform');
    if (result.kind !== 'applied') throw new Error(`${file}: ${JSON.stringify(result)}`);
  }
  await refreshPopularity(driver);

  await writeTestSource(driver, people);
  await mesh.crawl(people);
  await runAndRecordChecks(driver, demoChecks(), databases, { logger: testLogger, env });
  await runAndRecordContractChecks(driver, databases, { logger: testLogger, settings: contractCheckConfigSchema.parse(undefined), env });
  const profiled = { source: mesh.databaseSource('rentals').id, datasets: ['public.customer', 'public.rental_order'], exclude: [], views: false, schedule: undefined, sampleRows: 1_000, timeoutMs: 10_000 };
  await runAndRecordProfiles(driver, [profiled], databases, { logger: testLogger, env });
  await new TrustScorer(driver, { trust: trustConfigSchema.parse(undefined), logger: testLogger }).drain();
  await applyPolicySet(driver, demoPolicySetOf(mesh));
  const evaluator = new PolicyEvaluator(driver, { logger: testLogger });
  await evaluator.evaluateAll();
  await evaluator.stop();
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await indexer.drain();

  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: false } }, { host: '127.0.0.1', port: 0 });
  // Read as an admin: every field answers, none is left out for want of a permission.
  await signIn(driver, api, [{ username: ADMIN, roles: ['ADMIN'] }], PASSWORD);
  // A third polyseme (the demo glossary models two), and API tokens for `myApiTokens` to list.
  await mutate(`mutation ($input: CreatePolysemeInput!) { createPolyseme(input: $input) { urn } }`, {
    label: 'Merchant',
    description: 'Who sells through the delivery app, as each domain sees them.',
    senseUrns: ['finance', 'delivery'].map((domain) => `urn:polder:glossaryTerm:(${mesh.domainId(domain as DemoDomain)},merchant)`),
    polysemeStatus: 'APPROVED',
  });
  for (const name of ['qb-reader', 'qb-writer']) await mutate(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { name } } }`, { name });
  // Term suggestions for `termSuggestions` to list: the customer tables' columns match the glossary's customer terms and e-mail pattern.
  await mutate(`mutation ($input: RunTermSuggestionRulesInput!) { runTermSuggestionRules(input: $input) { created } }`, {
    datasetUrns: [mesh.table('rentals', 'public.customer'), mesh.table('finance', 'billing.customer_account'), mesh.table('delivery', 'app.customers')],
  });
}, 600_000);

afterAll(async () => {
  await api?.stop();
  // What the glossary seed and the admin wrote: terms, polysemes, their outbox entries and audit trail.
  await driver.executeQuery(
    `MATCH (c:Change) WHERE c.actor IN $actors OPTIONAL MATCH (c)-[:ABOUT]->(n:GlossaryTerm|Polyseme)
     OPTIONAL MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox) WHERE o.urn = n.urn
     DETACH DELETE c, n, o`,
    { actors: [SEED_ACTOR, ADMIN] },
  );
  await driver.executeQuery(`MATCH (n:Polyseme {urn: $urn}) DETACH DELETE n`, { urn: MERCHANT });
  await driver.executeQuery(`MATCH (n:Entity {provider: $provider}) OPTIONAL MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: n.urn}) DETACH DELETE o, n`, { provider: JOBS_PROVIDER });
  await driver.executeQuery(`MATCH (s:Suggestion)-[:SUGGESTED_FOR]->(f:Field) WHERE f.urn CONTAINS $marker DETACH DELETE s`, { marker: `(postgres,${PREFIX}-` });
  for (const domain of DEMO_DOMAINS) {
    const database = mesh?.databaseSource(domain).id;
    for (const provider of [checkProvider(database), `contract-check:${mesh?.contractSource(domain).id}`, `profile:${database}`]) {
      await driver.executeQuery(`MATCH (n:Entity {provider: $provider}) DETACH DELETE n`, { provider });
    }
  }
  await driver.executeQuery(`MATCH (n:PolicyFinding|Policy) DETACH DELETE n`);
  await deleteCrawledData(driver, people);
  await driver.executeQuery(`MATCH (a:Account {username: $username}) OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`, { username: ADMIN });
  await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  await driver.executeQuery(`MATCH (p:SearchProjection {index: $index}) DELETE p`, { index: `${indexPrefix}assets` });
  const left = await mesh?.remove();
  await driver.close();
  expect(left, 'left behind by this file').toEqual({ entities: 0, outbox: 0, runs: 0 });
});

describe.each(ENTITY_TYPES)('$name', (type) => {
  const operation = (selection: string) => `query ($urns: [ID!]!) { entities(urns: $urns) { ... on ${type.name} { ${selection} } } }`;
  const items = (data: Record<string, any>) => data.entities as Array<Record<string, unknown> | null>;
  let urns: string[];

  beforeAll(async () => {
    urns = await instancesOf(type.name);
  });

  it('has instances enough to tell one from many', () => {
    expect(urns.length).toBeGreaterThanOrEqual(2);
  });

  it('costs no more queries for all its instances than for the costliest alone, object field by object field', async () => {
    // A level runs only for the parents that reach it, so the instance to compare with is the one that
    // reaches most: one of those with something at the field (or any, when none has). The list may
    // cost less: what one instance reads, another may have cached. A leaf read per instance shows in
    // the chains below instead: 1 + N queries for a depth of 1.
    const grown = await eachOf(fieldsOf(type).filter(compositeOf), async (field) => {
      const document = operation(selectionOf(type, field, 1));
      const all = await costOf(document, { urns });
      const having = urns.filter((_, index) => hasAnything(items(all.body.data ?? { entities: [] })[index] ?? null, field));
      const alone = await eachOf(having.length > 0 ? having : urns.slice(0, 1), async (urn) => (await costOf(document, { urns: [urn] })).queries);
      return { field: field.name, costliestAlone: Math.max(...alone), all: all.queries, errors: all.body.errors?.map((error) => error.message) };
    });
    expect(grown.filter((cost) => cost.all > cost.costliestAlone || cost.errors)).toEqual([]);
  });

  it('answers all its fields at once for all its instances, in no more queries than field by field', async () => {
    const whole = await costOf(operation(fieldsOf(type).map((field) => selectionOf(type, field, 1)).join(' ')), { urns });
    expect(whole.body.errors).toBeUndefined();
    expect(items(whole.body.data!).filter((entity) => entity === null)).toEqual([]);
    // Each field alone costs `entities` and its own levels; at once, a level's loaders batch across the fields too.
    const byField = await eachOf(fieldsOf(type), async (field) => (await costOf(operation(selectionOf(type, field, 1)), { urns })).queries - 1);
    expect(whole.queries).toBeLessThanOrEqual(1 + byField.reduce((sum, queries) => sum + queries, 0));
  });

  it('costs at most 1 + the nesting depth for each chain of two fields, for all its instances', async () => {
    const { chains, over } = await chainsOverBudget({ type, operation, variables: { urns }, items });
    expect(chains).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });
});

/**
 * The chains above hold each field to 1 + its depth; this holds a whole glossary listing's owners to one
 * query, as the web's glossary pages read them: the people and teams of every term's owner entries are
 * looked up together (people.loaders.ts identityOf), not once per term nor once per glossary.
 */
describe("glossary terms' owners", () => {
  it('cost one query for the people and teams of every owner of every glossary listed', async () => {
    const listing = (owners: string) => `{ glossaries { terms { urn ${owners} } } }`;
    const bare = await costOf(listing(''));
    const named = await costOf(listing('ownerEntries { name person { urn } team { urn } }'));
    expect(bare.body.errors).toBeUndefined();
    expect(named.body.errors).toBeUndefined();
    const entries = (named.body.data!.glossaries as Array<{ terms: Array<{ ownerEntries: Array<{ team: { urn: string } | null }> }> }>).flatMap((glossary) =>
      glossary.terms.flatMap((term) => term.ownerEntries),
    );
    // demo/glossary.yaml's owners are the demo's accounts, by username; one of them, `council`, is a team of demo/people.yaml.
    // Some ten terms in four glossaries have owners: a read per term or per glossary would show.
    expect(entries.length).toBeGreaterThanOrEqual(5);
    expect(entries.some((entry) => entry.team?.urn === 'urn:polder:team:council')).toBe(true);
    expect(named.queries).toBe(bare.queries + 1);
  });
});

/**
 * The chains above hold `Dataset.contractConformance` to 1 + its depth for up to 10 datasets; this holds every
 * output port of every product of the mesh to one query for it, as the web's product pages read them: the
 * contracts describing each port, their columns and the port's are read together (dataset.loaders.ts
 * contractConformanceOf), and the promise comes with them, not from a look-up of its own.
 */
describe("output ports' contract conformance", () => {
  it('costs one query for every port of every product listed, with its promise', async () => {
    // The demo's six data products, each with its contract: their ports are tables of all three domains.
    const products = [
      mesh.product('rentals', 'rental-orders'), mesh.product('rentals', 'rental-revenue'), mesh.product('finance', 'invoices-and-payments'),
      mesh.product('finance', 'receivables'), mesh.product('delivery', 'deliveries'), mesh.product('delivery', 'courier-performance'),
    ];
    const listing = (conformance: string) => `query ($urns: [ID!]!) { entities(urns: $urns) { ... on DataProduct { outputPorts { urn ${conformance} } } } }`;
    const bare = await costOf(listing(''), { urns: products });
    const judged = await costOf(listing('contractConformance { conforms promise { urn name } problems { column kind promised actual description } }'), { urns: products });
    expect(bare.body.errors).toBeUndefined();
    expect(judged.body.errors).toBeUndefined();
    const ports = (judged.body.data!.entities as Array<{ outputPorts: Array<{ contractConformance: unknown[] }> }>).flatMap((product) => product.outputPorts);
    // A read per port or per product would show: a dozen ports are described.
    expect(ports.filter((port) => port.contractConformance.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(judged.queries).toBe(bare.queries + 1);
  });
});

/**
 * Root lists the demo graph leaves with fewer than two items, so that no read per item could show,
 * and why their items are covered anyway.
 */
const ROOT_LISTS_LEFT_OUT: Record<string, string> = {
  glossaryReviewQueue: 'no term awaits the review of the admin reading here; its items are glossary terms, whose fields GlossaryTerm covers',
  unmodeledPolysemes: "the demo glossary's one finding (Merchant) is modeled here as a third polyseme; its terms are glossary terms, covered by GlossaryTerm",
};

/** The root fields that list objects (but `entities`, above, and those left out), and search's hits. */
const queryType = schema.getQueryType()!;
const ROOT_LISTS: Array<Listing & { name: string }> = [
  ...fieldsOf(queryType)
    .filter((field) => field.name !== 'entities' && !(field.name in ROOT_LISTS_LEFT_OUT) && isListType(getNullableType(field.type)) && compositeOf(field))
    .map((field) => ({
      name: field.name,
      type: compositeOf(field)!,
      operation: (selection: string) => `{ ${callOf(queryType, field)} { ${selection} } }`,
      items: (data: Record<string, any>) => data[field.name] as Array<Record<string, unknown> | null>,
    })),
  // Meilisearch answers `search` and its `hits`: two levels that cost no graph query, so the hits' chains have room to spare.
  {
    name: 'search',
    type: schema.getType('SearchHit') as GraphQLObjectType,
    operation: (selection: string) => `{ search(input: {query: "customer", count: 20}) { hits { ${selection} } } }`,
    items: (data: Record<string, any>) => data.search.hits as Array<Record<string, unknown> | null>,
  },
  // A lineage walk's edges (each names the billing job that made it) and its columns (each its dataset): one walk, then a query per level.
  {
    name: 'lineage edges',
    type: schema.getType('LineageEdge') as GraphQLObjectType,
    operation: (selection: string) => `{ lineage(input: {urn: "${mesh.table('finance', 'billing.invoice')}", direction: UPSTREAM, depth: 1}) { edges { ${selection} } } }`,
    items: (data: Record<string, any>) => data.lineage.edges as Array<Record<string, unknown> | null>,
  },
  {
    name: 'lineage nodes',
    type: schema.getType('LineageNode') as GraphQLObjectType,
    operation: (selection: string) => `{ lineage(input: {urn: "${mesh.table('finance', 'billing.invoice')}", level: FIELD, direction: UPSTREAM, depth: 1}) { nodes { ${selection} } } }`,
    items: (data: Record<string, any>) => data.lineage.nodes as Array<Record<string, unknown> | null>,
  },
];

describe.each(ROOT_LISTS)('the root list $name', (listing) => {
  const { operation, items } = listing;
  it('lists items enough to tell one from many', async () => {
    const { body } = await costOf(operation('__typename'));
    expect(body.errors).toBeUndefined();
    expect(items(body.data!).length).toBeGreaterThanOrEqual(2);
  });

  it('costs at most 1 + the nesting depth for each chain of two fields', async () => {
    const { chains, over } = await chainsOverBudget(listing);
    expect(chains).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });
});
