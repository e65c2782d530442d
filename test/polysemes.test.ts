/**
 * Polysemes over the demo mesh, against real Neo4j and PostgreSQL: the three demo
 * databases are crawled, demo/glossary.yaml is applied (as `polder start --demo`
 * does), and the polyseme queries must return exactly the columns and join keys
 * the demo's README documents. Also: who may change which part (the council the
 * global part, each domain its sense), unmodeled-polyseme detection and its
 * proposal, and lineage followed across domains through the mappings.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource } from '@polder/crawlers';
import { applyGlossarySeed, parseGlossarySeed, SearchIndexer, startApiServer, type ApiServer } from '@polder/api';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { graphqlRequest } from './support/graphqlClient.ts';
import { accountsClient } from './support/accountsClient.ts';
import { createDatabase } from './support/loadPagila.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';

const DOMAINS = ['rentals', 'finance', 'delivery'] as const;
const services = testServices();
const driver = testDriver();
const sources = DOMAINS.map((domain) => testPostgresSource(services.postgres, `poly-${domain}`, domain, domain));
const seed = parseGlossarySeed(readFileSync(new URL('../demo/glossary.yaml', import.meta.url), 'utf8'));
const PASSWORD = 'a long enough password';
const ACCOUNTS = [
  { username: 'poly-council', roles: ['COUNCIL'] },
  { username: 'poly-rentals-owner', roles: ['DOMAIN_OWNER'], domains: ['rentals'] },
  { username: 'poly-steward', roles: ['STEWARD'] },
];
const CUSTOMER = 'urn:polder:polyseme:customer';
const ORDER = 'urn:polder:polyseme:order';
const dataset = (domain: string, name: string) => `urn:polder:dataset:(postgres,poly-${domain},${name})`;
const field = (domain: string, name: string, column: string) => `urn:polder:field:(${dataset(domain, name)},${column})`;
let api: ApiServer;
const { post, as, signIn } = accountsClient();

/**
 * The seeded senses are APPROVED, and an edit of what one says sends it back to review: the edit names
 * poly-steward as a reviewer (the seed's own have no account here, so it left them out), who approves it again.
 */
async function editApproved(username: string, input: Record<string, unknown>, fields: string) {
  const edited = await as(username)(`mutation ($input: UpdateGlossaryTermInput!) { updateGlossaryTerm(input: $input) { ${fields} termStatus } }`, { input: { ...input, reviewers: ['poly-steward'] } });
  if (edited.errors) return edited;
  const { termStatus, ...rest } = edited.data!.updateGlossaryTerm;
  expect(termStatus).toBe('IN_REVIEW');
  const { version } = (await post(`query ($urn: ID!) { glossaryTerm(urn: $urn) { version } }`, { urn: input.urn })).data!.glossaryTerm;
  const approved = await as('poly-steward')(`mutation ($input: ChangeGlossaryTermStatusInput!) { changeGlossaryTermStatus(input: $input) { termStatus } }`, {
    input: { urn: input.urn, expectedVersion: version, status: 'APPROVED', comment: 'agreed' },
  });
  expect(approved.data!.changeGlossaryTermStatus.termStatus).toBe('APPROVED');
  return { ...edited, data: { updateGlossaryTerm: rest } };
}

beforeAll(async () => {
  for (const { source, env } of sources) {
    const database = source.kind === 'postgres' ? source.connection.database : '';
    await createDatabase(services.postgres, database, readFileSync(new URL(`../demo/${database}.sql`, import.meta.url), 'utf8'));
    await writeTestMesh(driver, source);
    await crawlSource(driver, source, { logger: testLogger, env });
  }
  api = await startApiServer({ driver, meili: testMeili(), indexPrefix: 'test_polysemes_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  await signIn(driver, api, ACCOUNTS, PASSWORD);
});

afterAll(async () => {
  await api?.stop();
  const glossary = `MATCH (n) WHERE (n:GlossaryTerm AND (n.glossary IN $domains OR n.urn IN $enterprise)) OR (n:Polyseme AND n.urn IN $polysemes)`;
  const params = { domains: [...DOMAINS], enterprise: ['party', 'email-address', 'phone-number'].map((slug) => `urn:polder:glossaryTerm:(enterprise,${slug})`), polysemes: [CUSTOMER, ORDER, 'urn:polder:polyseme:merchant'] };
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c`, params);
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (o:IndexOutbox {urn: n.urn}) DETACH DELETE o, n`, params);
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(n:Entity) WHERE n.provider STARTS WITH 'postgres:poly-' DETACH DELETE c`);
  for (const { source } of sources) await deleteCrawledData(driver, source);
  await testMeili().deleteIndexIfExists('test_polysemes_assets');
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'poly-' OPTIONAL MATCH (x)-[:SESSION_OF|ISSUED_TO]->(a) DETACH DELETE x, a`);
  await driver.close();
});

describe('the demo glossary', () => {
  it('loads two polysemes across three domains, and loading it again changes nothing', async () => {
    const first = await applyGlossarySeed(driver, seed, { actor: 'poly-seed' });
    expect(first.warnings).toEqual([]);
    // The demo's accounts (polder start --demo creates them first) do not exist here: the seed names no one else.
    expect(first.accountsLeftOut).toEqual(['council', 'delivery-owner', 'finance-owner', 'rentals-owner', 'steward']);
    expect(first.polysemesCreated).toEqual(['Customer', 'Order']);
    expect({ mappings: first.mappingsSet, identity: first.identityFieldsSet, assignments: first.assignmentsMade }).toEqual({ mappings: 3, identity: 6, assignments: 13 });
    expect(Object.fromEntries(Object.entries(first.imported).map(([id, report]) => [id, report.created.length]))).toEqual({ enterprise: 3, rentals: 2, finance: 3, delivery: 3 });

    const again = await applyGlossarySeed(driver, seed, { actor: 'poly-seed' });
    expect(again).toMatchObject({ polysemesCreated: [], mappingsSet: 0, identityFieldsSet: 0, assignmentsMade: 0, warnings: [] });
    expect(Object.values(again.imported).every((report) => report.created.length === 0 && report.updated.length === 0)).toBe(true);

    const { data } = await post(`{ polysemes { label polysemeStatus senses { name glossary } } }`);
    expect(data!.polysemes).toEqual([
      { label: 'Customer', polysemeStatus: 'APPROVED', senses: [{ name: 'Customer', glossary: 'delivery' }, { name: 'Customer account', glossary: 'finance' }, { name: 'Customer', glossary: 'rentals' }] },
      { label: 'Order', polysemeStatus: 'APPROVED', senses: [{ name: 'Order', glossary: 'delivery' }, { name: 'Billed order', glossary: 'finance' }, { name: 'Rental order', glossary: 'rentals' }] },
    ]);
  });
});

describe('polyseme queries over the demo mesh', () => {
  const CARRIERS = `query ($urn: ID!) { polyseme(urn: $urn) { carriers { total carriers { domain sense { name } dataset { qualifiedName } field { name } identity } } } }`;

  it('lists every dataset and column carrying a sense of Customer, across domains', async () => {
    const { data } = await post(CARRIERS, { urn: CUSTOMER });
    expect(data!.polyseme.carriers.total).toBe(11);
    expect(data!.polyseme.carriers.carriers.map((c: any) => [c.domain, c.sense.name, c.dataset.qualifiedName, c.field?.name ?? null, c.identity])).toEqual([
      ['delivery', 'Customer', 'delivery.app.customers', null, false],
      ['delivery', 'Customer', 'delivery.app.customers', 'customer_id', true],
      ['delivery', 'Customer', 'delivery.app.customers', 'email', true],
      ['delivery', 'Customer', 'delivery.app.orders', 'customer_id', false],
      ['finance', 'Customer account', 'finance.billing.customer_account', null, false],
      ['finance', 'Customer account', 'finance.billing.customer_account', 'account_number', true],
      ['finance', 'Customer account', 'finance.billing.invoice', 'customer_account_id', false],
      ['rentals', 'Customer', 'rentals.public.customer', null, false],
      ['rentals', 'Customer', 'rentals.public.customer', 'customer_id', true],
      ['rentals', 'Customer', 'rentals.public.customer', 'email', true],
      ['rentals', 'Customer', 'rentals.public.rental_order', 'customer_id', false],
    ]);
  });

  it('lists every dataset and column carrying a sense of Order', async () => {
    const { data } = await post(CARRIERS, { urn: ORDER });
    expect(data!.polyseme.carriers.carriers.map((c: any) => [c.domain, c.dataset.qualifiedName, c.field?.name ?? null, c.identity])).toEqual([
      ['delivery', 'delivery.app.orders', null, false],
      ['delivery', 'delivery.app.orders', 'order_number', true],
      ['delivery', 'delivery.ops.deliveries', 'order_id', false],
      ['finance', 'finance.billing.invoice', 'source_domain', true],
      ['finance', 'finance.billing.invoice', 'source_reference', true],
      ['rentals', 'rentals.public.rental_order', null, false],
      ['rentals', 'rentals.public.rental_order', 'order_number', true],
    ]);
  });

  it("lists the datasets carrying each sense by the term, never a same-named sense of another domain's", async () => {
    const CARRYING = `query ($urn: ID!) { glossaryTerm(urn: $urn) { carryingDatasets { total datasets { dataset { qualifiedName } carriesItself columns { name } } } } }`;
    const carrying = async (urn: string) =>
      ((await post(CARRYING, { urn })).data!.glossaryTerm.carryingDatasets as { total: number; datasets: any[] }).datasets.map((c) => [c.dataset.qualifiedName, c.carriesItself, c.columns.map((column: any) => column.name)]);
    // Both are called "Customer"; each carries its own domain's datasets only.
    expect(await carrying('urn:polder:glossaryTerm:(rentals,customer)')).toEqual([
      ['rentals.public.customer', true, []],
      ['rentals.public.rental_order', false, ['customer_id']],
    ]);
    expect(await carrying('urn:polder:glossaryTerm:(delivery,customer)')).toEqual([
      ['delivery.app.customers', true, []],
      ['delivery.app.orders', false, ['customer_id']],
    ]);
  });

  it("names the identity columns in a sense's history, for people, beside their URNs", async () => {
    const { data } = await post(`{ glossaryTerm(urn: "urn:polder:glossaryTerm:(rentals,customer)") { history { action names { urn name } } } }`);
    const identity = data!.glossaryTerm.history.find((version: { action: string }) => version.action === 'setIdentityFields');
    expect(identity.names).toEqual([
      { urn: field('rentals', 'rentals.public.customer', 'customer_id'), name: 'rentals.public.customer.customer_id' },
      { urn: field('rentals', 'rentals.public.customer', 'email'), name: 'rentals.public.customer.email' },
    ]);
  });

  it('pages the datasets carrying a term with their total, in one query per level for a list of terms, and refuses a bad page', async () => {
    const EMAIL = 'urn:polder:glossaryTerm:(enterprise,email-address)';
    const page = `query ($urn: ID!, $offset: Int!) { glossaryTerm(urn: $urn) { carryingDatasets(limit: 2, offset: $offset) { total datasets { dataset { name } columns { name } } } } }`;
    const names = async (offset: number) => (await post(page, { urn: EMAIL, offset })).data!.glossaryTerm.carryingDatasets;
    const everyOne = { total: 3, datasets: [{ dataset: { name: 'customer' }, columns: [{ name: 'email' }] }, { dataset: { name: 'customer_account' }, columns: [{ name: 'billing_email' }] }, { dataset: { name: 'customers' }, columns: [{ name: 'email' }] }] };
    expect(await names(0)).toEqual({ total: 3, datasets: everyOne.datasets.slice(0, 2) });
    expect(await names(2)).toEqual({ total: 3, datasets: everyOne.datasets.slice(2) });
    expect(await names(3)).toEqual({ total: 3, datasets: [] });

    // Pages of 50 terms: with the default 100, the answer could hold 4.7 million values, past the API's limit (catalogApi: 'limits').
    const every = await graphqlRequest(`${api.url}/graphql`, `{ glossaries { terms(limit: 50) { name carryingDatasets { total datasets { dataset { name domain { name } } columns { name } } } } } }`);
    expect(every.body.errors).toBeUndefined();
    // Glossaries, their terms, the terms' carriers, the carriers' domains: one query each, however many terms.
    expect(Number(every.headers.get('x-polder-graph-queries'))).toBe(4);
    const enterprise = every.body.data!.glossaries.find((glossary: any) => glossary.terms.some((term: any) => term.name === 'Email address'));
    expect(enterprise.terms.find((term: any) => term.name === 'Email address').carryingDatasets.total).toBe(3);

    for (const [args, argument] of [['limit: 0', 'limit'], ['limit: 501', 'limit'], ['offset: -1', 'offset']] as const) {
      const { errors } = await post(`{ glossaryTerm(urn: "${EMAIL}") { carryingDatasets(${args}) { total } } }`);
      expect(errors?.map((error) => [error.extensions?.code, error.extensions?.argument])).toEqual([['BAD_USER_INPUT', argument]]);
    }
  });

  it("pages a polyseme's carriers with their total, in one query for every polyseme of a list, and refuses a bad page", async () => {
    const page = `query ($offset: Int!) { polyseme(urn: "${CUSTOMER}") { carriers(limit: 3, offset: $offset) { total carriers { dataset { name } field { name } } } } }`;
    const carriers = async (offset: number) => (await post(page, { offset })).data!.polyseme.carriers;
    const names = (list: any[]) => list.map((c) => `${c.dataset.name}${c.field ? `.${c.field.name}` : ''}`);
    const first = await carriers(0);
    expect({ total: first.total, names: names(first.carriers) }).toEqual({ total: 11, names: ['customers', 'customers.customer_id', 'customers.email'] });
    const third = await carriers(6);
    expect({ total: third.total, names: names(third.carriers) }).toEqual({ total: 11, names: ['invoice.customer_account_id', 'customer', 'customer.customer_id'] });
    expect(await carriers(11)).toEqual({ total: 11, carriers: [] });

    const every = await graphqlRequest(`${api.url}/graphql`, `{ polysemes { label carriers(limit: 2) { total carriers { dataset { name } } } } }`);
    expect(every.body.errors).toBeUndefined();
    // The polysemes, then their carriers: one query each, however many polysemes.
    expect(Number(every.headers.get('x-polder-graph-queries'))).toBe(2);
    expect(every.body.data!.polysemes.map((polyseme: any) => [polyseme.label, polyseme.carriers.total, polyseme.carriers.carriers.length])).toEqual(
      expect.arrayContaining([['Customer', 11, 2], ['Order', 7, 2]]),
    );

    for (const [args, argument] of [['limit: 0', 'limit'], ['limit: 501', 'limit'], ['offset: -1', 'offset']] as const) {
      const { errors } = await post(`{ polyseme(urn: "${CUSTOMER}") { carriers(${args}) { total } } }`);
      expect(errors?.map((error) => [error.extensions?.code, error.extensions?.argument])).toEqual([['BAD_USER_INPUT', argument]]);
    }
  });

  it('gives the join keys between two domains, resolved to their columns', async () => {
    const JOIN = `query ($urn: ID!, $a: String!, $b: String!) { polyseme(urn: $urn) { joinKeys(domainA: $a, domainB: $b) {
      kind rule from { glossary } to { glossary } pairs { left { dataset column field { urn } } right { dataset column field { urn } } } } } }`;
    const customer = await post(JOIN, { urn: CUSTOMER, a: 'delivery', b: 'rentals' });
    expect(customer.data!.polyseme.joinKeys).toEqual([
      {
        kind: 'OVERLAPS',
        rule: 'rentals.public.customer.email = delivery.app.customers.email',
        from: { glossary: 'rentals' },
        to: { glossary: 'delivery' },
        pairs: [
          {
            left: { dataset: 'rentals.public.customer', column: 'email', field: { urn: field('rentals', 'rentals.public.customer', 'email') } },
            right: { dataset: 'delivery.app.customers', column: 'email', field: { urn: field('delivery', 'delivery.app.customers', 'email') } },
          },
        ],
      },
    ]);
    const billing = await post(JOIN, { urn: CUSTOMER, a: 'rentals', b: 'finance' });
    expect(billing.data!.polyseme.joinKeys.map((key: any) => [key.rule, key.pairs[0].left.field.urn, key.pairs[0].right.field.urn])).toEqual([
      [
        'rentals.public.customer.billing_account_number = finance.billing.customer_account.account_number',
        field('rentals', 'rentals.public.customer', 'billing_account_number'),
        field('finance', 'finance.billing.customer_account', 'account_number'),
      ],
    ]);
    const order = await post(JOIN, { urn: ORDER, a: 'rentals', b: 'finance' });
    expect(order.data!.polyseme.joinKeys.map((key: any) => [key.kind, key.pairs[0].left.field.urn, key.pairs[0].right.field.urn])).toEqual([
      ['SAME_AS', field('finance', 'finance.billing.invoice', 'source_reference'), field('rentals', 'rentals.public.rental_order', 'order_number')],
    ]);
    expect((await post(JOIN, { urn: ORDER, a: 'rentals', b: 'delivery' })).data!.polyseme.joinKeys).toEqual([]);
  });

  it('follows lineage across domains through the mappings, bounded, saying when the cap cut it', async () => {
    const LINEAGE = `query ($input: PolysemeLineageInput!) { polysemeLineage(input: $input) { isPartial hops { degree from { glossary name } to { glossary name } kind datasets { qualifiedName } } } }`;
    const deep = await post(LINEAGE, { input: { datasetUrn: dataset('delivery', 'delivery.app.customers'), maxDepth: 3 } });
    expect(deep.data!.polysemeLineage).toEqual({
      isPartial: false,
      hops: [
        { degree: 1, from: { glossary: 'delivery', name: 'Customer' }, to: { glossary: 'rentals', name: 'Customer' }, kind: 'OVERLAPS', datasets: [{ qualifiedName: 'rentals.public.customer' }, { qualifiedName: 'rentals.public.rental_order' }] },
        { degree: 2, from: { glossary: 'rentals', name: 'Customer' }, to: { glossary: 'finance', name: 'Customer account' }, kind: 'OVERLAPS', datasets: [{ qualifiedName: 'finance.billing.customer_account' }, { qualifiedName: 'finance.billing.invoice' }] },
      ],
    });
    const cut = await post(LINEAGE, { input: { datasetUrn: dataset('delivery', 'delivery.app.customers'), maxDepth: 1 } });
    expect(cut.data!.polysemeLineage.isPartial).toBe(true);
    expect(cut.data!.polysemeLineage.hops).toHaveLength(1);
  });

  it('returns a page of the datasets carrying each sense reached, with their count', async () => {
    const LINEAGE = `query ($input: PolysemeLineageInput!) { polysemeLineage(input: $input) { hops { to { glossary } datasetCount datasets { qualifiedName } } } }`;
    const start = dataset('delivery', 'delivery.app.customers');
    const { data } = await post(LINEAGE, { input: { datasetUrn: start, maxDepth: 3, datasetsPerHop: 1 } });
    expect(data!.polysemeLineage.hops).toEqual([
      { to: { glossary: 'rentals' }, datasetCount: 2, datasets: [{ qualifiedName: 'rentals.public.customer' }] },
      { to: { glossary: 'finance' }, datasetCount: 2, datasets: [{ qualifiedName: 'finance.billing.customer_account' }] },
    ]);
    for (const datasetsPerHop of [0, 501]) {
      const refused = await post(LINEAGE, { input: { datasetUrn: start, datasetsPerHop } });
      expect(refused.errors).toEqual([expect.objectContaining({ message: 'datasetsPerHop must be between 1 and 500', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'input.datasetsPerHop' }) })]);
    }
  });

  it("leaves out a classified sense's carriers among restricted datasets for those who may not see their classifications", async () => {
    const sense = 'urn:polder:glossaryTerm:(rentals,customer)';
    const restricted = dataset('rentals', 'rentals.public.customer');
    await driver.executeQuery(`MATCH (t:GlossaryTerm {urn: $sense}), (d:Dataset {urn: $restricted}) SET t.classifications = ['PII'], d.editable_restricted = true`, { sense, restricted });
    try {
      const carriers = async (read: typeof post) => (await read(CARRIERS, { urn: CUSTOMER })).data!.polyseme.carriers.carriers
        .filter((c: any) => c.domain === 'rentals').map((c: any) => [c.dataset.qualifiedName, c.field?.name ?? null]);
      const LINEAGE = `query ($input: PolysemeLineageInput!) { polysemeLineage(input: $input) { hops { to { glossary } datasets { qualifiedName } } } }`;
      const reached = async (read: typeof post, from: string) => (await read(LINEAGE, { input: { datasetUrn: from, maxDepth: 1 } })).data!.polysemeLineage.hops;
      const IDENTITY = `{ glossaryTerm(urn: "${sense}") { identityFields { name } } }`;
      const identity = async (read: typeof post) => (await read(IDENTITY)).data!.glossaryTerm.identityFields;
      const steward = as('poly-steward');

      expect(await carriers(post)).toEqual([['rentals.public.rental_order', 'customer_id']]);
      expect(await carriers(steward)).toEqual([['rentals.public.customer', null], ['rentals.public.customer', 'customer_id'], ['rentals.public.customer', 'email'], ['rentals.public.rental_order', 'customer_id']]);
      expect(await reached(post, dataset('delivery', 'delivery.app.customers'))).toEqual([{ to: { glossary: 'rentals' }, datasets: [{ qualifiedName: 'rentals.public.rental_order' }] }]);
      // From the restricted dataset itself: that it carries the sense is masked, so nothing is reached.
      expect(await reached(post, restricted)).toEqual([]);
      expect((await reached(steward, restricted)).length).toBeGreaterThan(0);
      expect(await identity(post)).toEqual([]);
      expect(await identity(steward)).toEqual([{ name: 'customer_id' }, { name: 'email' }]);
    } finally {
      await driver.executeQuery(`MATCH (t:GlossaryTerm {urn: $sense}), (d:Dataset {urn: $restricted}) REMOVE t.classifications, d.editable_restricted`, { sense, restricted });
    }
  });

  it('shows a term\'s classifications on the columns that carry it', async () => {
    const { data } = await post(`{ field(urn: "${field('rentals', 'rentals.public.customer', 'email')}") { inheritedClassifications terms { name glossary } } }`);
    expect(data!.field).toEqual({ inheritedClassifications: ['PII'], terms: [{ name: 'Email address', glossary: 'enterprise' }] });
  });
});

describe('who decides which part', () => {
  const senseUrn = 'urn:polder:glossaryTerm:(rentals,customer)';

  it('lets only the council change the global part, and only the domain its sense', async () => {
    const { data } = await post(`{ polyseme(urn: "${CUSTOMER}") { version } glossaryTerm(urn: "${senseUrn}") { version } }`);
    const polysemeVersion = data!.polyseme.version;
    const senseVersion = data!.glossaryTerm.version;
    const MAP = `mutation ($input: SetSenseMappingInput!) { setSenseMapping(input: $input) { version mappings { from { glossary } to { glossary } rule agreedBy } } }`;
    const mapping = {
      urn: CUSTOMER,
      expectedVersion: polysemeVersion,
      fromUrn: senseUrn,
      toUrn: 'urn:polder:glossaryTerm:(delivery,customer)',
      kind: 'OVERLAPS',
      rule: 'rentals.public.customer.phone = delivery.app.customers.phone AND rentals.public.customer.email = delivery.app.customers.email',
      agreedBy: ['poly-council'],
    };
    const byOwner = await as('poly-rentals-owner')(MAP, { input: mapping });
    expect(byOwner.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: 'poly-rentals-owner may not change the global part of a polyseme (label, senses, mappings): only the council and admins may' });
    const byCouncil = await as('poly-council')(MAP, { input: mapping });
    expect(byCouncil.errors).toBeUndefined();
    expect(byCouncil.data!.setSenseMapping.version).toBe(polysemeVersion + 1);
    expect(byCouncil.data!.setSenseMapping.mappings).toContainEqual({ from: { glossary: 'rentals' }, to: { glossary: 'delivery' }, rule: mapping.rule, agreedBy: ['poly-council'] });
    const stale = await as('poly-council')(MAP, { input: mapping });
    expect(stale.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: polysemeVersion + 1 } });
    const badRule = await as('poly-council')(MAP, { input: { ...mapping, expectedVersion: polysemeVersion + 1, rule: 'email = email' } });
    expect(badRule.errors![0]!.message).toBe('rule: "email" is not <dataset>.<column>, e.g. rentals.public.customer.email');

    // Removed, and put back as it was: the audit trail names the pair the same way each time, each sense
    // by its domain (both are "Customer").
    const REMOVE = `mutation ($input: RemoveSenseMappingInput!) { removeSenseMapping(input: $input) { version } }`;
    const { fromUrn, toUrn } = mapping;
    const removed = await as('poly-council')(REMOVE, { input: { urn: CUSTOMER, expectedVersion: polysemeVersion + 1, fromUrn, toUrn } });
    expect(removed.errors).toBeUndefined();
    expect((await as('poly-council')(MAP, { input: { ...mapping, expectedVersion: polysemeVersion + 2 } })).errors).toBeUndefined();
    const trail = (await post(`{ changes(input: {urn: "${CUSTOMER}", limit: 3}) { action before after } }`)).data!.changes as Array<{ action: string; before: string; after: string }>;
    expect(trail.map((change) => [change.action, Object.keys(JSON.parse(change.before)), Object.keys(JSON.parse(change.after))])).toEqual(
      [['setSenseMapping'], ['removeSenseMapping'], ['setSenseMapping']].map(([action]) => [action, ['rentals: Customer → delivery: Customer'], ['rentals: Customer → delivery: Customer']]),
    );

    const DEFINE = `mutation ($input: UpdateGlossaryTermInput!) { updateGlossaryTerm(input: $input) { definition version } }`;
    const byCouncilSense = await as('poly-council')(DEFINE, { input: { urn: senseUrn, expectedVersion: senseVersion, definition: 'council wording' } });
    expect(byCouncilSense.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const IDENTITY = `mutation ($input: SetIdentityFieldsInput!) { setIdentityFields(input: $input) { version identityFields { name } } }`;
    const identityByCouncil = await as('poly-council')(IDENTITY, { input: { urn: senseUrn, expectedVersion: senseVersion, fieldUrns: [] } });
    expect(identityByCouncil.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const foreignColumn = await as('poly-rentals-owner')(IDENTITY, { input: { urn: senseUrn, expectedVersion: senseVersion, fieldUrns: [field('delivery', 'delivery.app.customers', 'email')] } });
    expect(foreignColumn.errors![0]!.message).toBe(`fieldUrns: ${field('delivery', 'delivery.app.customers', 'email')} is not in domain "rentals": a sense is identified by its own domain's columns`);
    const byOwnerSense = await editApproved('poly-rentals-owner', { urn: senseUrn, expectedVersion: senseVersion, definition: 'A person who rents and drives a vehicle.' }, 'definition version');
    expect(byOwnerSense.data!.updateGlossaryTerm).toEqual({ definition: 'A person who rents and drives a vehicle.', version: senseVersion + 1 });
  });

  it('keeps the identity columns an editor may not see when it sets those it sees', async () => {
    const READ = `{ glossaryTerm(urn: "${senseUrn}") { version identityFields { name } } }`;
    const IDENTITY = `mutation ($input: SetIdentityFieldsInput!) { setIdentityFields(input: $input) { identityFields { name } } }`;
    const both = [{ name: 'customer_id' }, { name: 'email' }];
    expect((await as('poly-steward')(READ)).data!.glossaryTerm.identityFields).toEqual(both);
    // Rentals made private: a steward who is no member of it sees none of its columns, so it names none.
    const { records } = await driver.executeQuery(`MATCH (d:Domain {id: 'rentals'}) WITH d, d.visibility AS was SET d.visibility = 'private' RETURN was`);
    try {
      const seen = (await as('poly-steward')(READ)).data!.glossaryTerm;
      expect(seen.identityFields).toEqual([]);
      const set = await as('poly-steward')(IDENTITY, { input: { urn: senseUrn, expectedVersion: seen.version, fieldUrns: [], comment: 'none that I can see' } });
      expect(set.errors).toBeUndefined();
    } finally {
      await driver.executeQuery(`MATCH (d:Domain {id: 'rentals'}) SET d.visibility = $was`, { was: records[0]!.get('was') });
    }
    expect((await as('poly-steward')(READ)).data!.glossaryTerm.identityFields).toEqual(both);
  });

  it('answers an edit that changes nothing with the polyseme or sense as it is: no new version, no history entry', async () => {
    const entries = async (urn: string) => (await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(:Entity {urn: $urn}) RETURN count(c) AS n`, { urn })).records[0]!.get('n') as number;
    const { data } = await post(`{ polyseme(urn: "${ORDER}") { version label senses { urn } } glossaryTerm(urn: "${senseUrn}") { version identityFields { urn } } }`);
    const [polysemeEntries, senseEntries] = [await entries(ORDER), await entries(senseUrn)];
    const UPDATE = `mutation ($input: UpdatePolysemeInput!) { updatePolyseme(input: $input) { version label } }`;
    const senseUrns = data!.polyseme.senses.map((sense: { urn: string }) => sense.urn).reverse();
    const same = await as('poly-council')(UPDATE, { input: { urn: ORDER, expectedVersion: data!.polyseme.version, label: data!.polyseme.label, senseUrns } });
    expect(same.errors).toBeUndefined();
    expect(same.data!.updatePolyseme).toEqual({ version: data!.polyseme.version, label: data!.polyseme.label });
    const IDENTITY = `mutation ($input: SetIdentityFieldsInput!) { setIdentityFields(input: $input) { version } }`;
    const fieldUrns = data!.glossaryTerm.identityFields.map((column: { urn: string }) => column.urn);
    const sameColumns = await as('poly-rentals-owner')(IDENTITY, { input: { urn: senseUrn, expectedVersion: data!.glossaryTerm.version, fieldUrns } });
    expect(sameColumns.data!.setIdentityFields).toEqual({ version: data!.glossaryTerm.version });
    expect([await entries(ORDER), await entries(senseUrn)]).toEqual([polysemeEntries, senseEntries]);
    const locks = await driver.executeQuery(`MATCH (n) WHERE n.urn IN $urns AND n._editLock IS NOT NULL RETURN n.urn`, { urns: [ORDER, senseUrn] });
    expect(locks.records).toEqual([]);
  });
});

describe('unmodeled polysemes', () => {
  it('finds a word two domains define without a polyseme, and proposes one', async () => {
    const FINDINGS = `{ unmodeledPolysemes { label terms { urn glossary } } }`;
    expect((await post(FINDINGS)).data!.unmodeledPolysemes).toEqual([
      { label: 'Merchant', terms: [{ urn: 'urn:polder:glossaryTerm:(delivery,merchant)', glossary: 'delivery' }, { urn: 'urn:polder:glossaryTerm:(finance,merchant)', glossary: 'finance' }] },
    ]);
    const PROPOSE = `mutation ($input: ProposePolysemeInput!) { proposePolyseme(input: $input) { urn label polysemeStatus senses { glossary } } }`;
    expect((await as('poly-steward')(PROPOSE, { input: { label: 'merchant' } })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const proposed = await as('poly-council')(PROPOSE, { input: { label: 'merchant' } });
    expect(proposed.data!.proposePolyseme).toEqual({ urn: 'urn:polder:polyseme:merchant', label: 'Merchant', polysemeStatus: 'DRAFT', senses: [{ glossary: 'delivery' }, { glossary: 'finance' }] });
    expect((await post(FINDINGS)).data!.unmodeledPolysemes).toEqual([]);
  });
});

describe('search', () => {
  it('finds terms and polysemes, and searches glossary synonyms (enterprise ones mesh-wide, domain ones on their assets)', async () => {
    const indexer = new SearchIndexer(driver, testMeili(), { indexPrefix: 'test_polysemes_', logger: testLogger });
    await indexer.ensureIndex();
    await indexer.drain();
    const SEARCH = `query ($q: String!) { search(input: {query: $q, count: 20}) { hits { urn type name } } }`;
    const customer = (await post(SEARCH, { q: 'customer' })).data!.search.hits as Array<{ urn: string; type: string; name: string }>;
    expect(customer.map((hit) => hit.urn)).toEqual(expect.arrayContaining([CUSTOMER, 'urn:polder:glossaryTerm:(rentals,customer)', 'urn:polder:glossaryTerm:(delivery,customer)', dataset('rentals', 'rentals.public.customer')]));
    expect(customer.find((hit) => hit.urn === CUSTOMER)).toEqual({ urn: CUSTOMER, type: 'POLYSEME', name: 'Customer' });
    // The enterprise glossary's approved terms' names, synonyms and acronyms are the index's synonyms;
    // a domain glossary's are not (rentals' "renter" is no synonym of finance's "customer account")...
    const synonyms = await testMeili().index('test_polysemes_assets').getSynonyms();
    expect(synonyms.email).toEqual(['e-mail', 'email address']);
    expect([synonyms.renter, synonyms.customer]).toEqual([undefined, undefined]);
    // ...they find the assets carrying their term, in its sense.
    const renter = (await post(SEARCH, { q: 'renter' })).data!.search.hits as Array<{ urn: string }>;
    expect(renter.map((hit) => hit.urn)).toContain(dataset('rentals', 'rentals.public.customer'));
    expect((await post(`{ entity(urn: "${CUSTOMER}") { type ... on Polyseme { label } } }`)).data!.entity).toEqual({ type: 'POLYSEME', label: 'Customer' });
  });

  it("counts and filters each domain's sense of a shared word apart in the term facet", async () => {
    const FACETED = `query ($orFilters: [AndFilter!]!) { search(input: {query: "", count: 50, orFilters: $orFilters}) { hits { urn } facets { field values { value count } } } }`;
    const termFacet = (search: any): Record<string, number> =>
      Object.fromEntries(search.facets.find((facet: any) => facet.field === 'term').values.map((value: any) => [value.value, value.count]));
    const every = (await post(FACETED, { orFilters: [] })).data!.search;
    // Each sense: the two datasets carrying it (itself or a column), its term, and the polyseme. An enterprise term by its name alone.
    expect(termFacet(every)).toMatchObject({ 'Customer (Rentals)': 4, 'Customer (Delivery)': 4, 'Customer account (Finance)': 4, 'Email address': 4 });
    expect(Object.keys(termFacet(every))).not.toContain('Customer');

    const rentals = (await post(FACETED, { orFilters: [{ and: [{ field: 'term', values: ['Customer (Rentals)'] }, { field: 'type', values: ['DATASET'] }] }] })).data!.search;
    expect(rentals.hits.map((hit: { urn: string }) => hit.urn).sort()).toEqual([dataset('rentals', 'rentals.public.customer'), dataset('rentals', 'rentals.public.rental_order')].sort());
  });

  it('indexes again what holds a renamed term or domain, so no facet offers a name that is gone', async () => {
    const indexer = new SearchIndexer(driver, testMeili(), { indexPrefix: 'test_polysemes_', logger: testLogger });
    await indexer.ensureIndex();
    const facets = async (): Promise<Record<string, Record<string, number>>> => {
      await indexer.drain();
      const { search } = (await post(`{ search(input: {query: "", count: 1}) { facets { field values { value count } } } }`)).data!;
      return Object.fromEntries(search.facets.map((facet: any) => [facet.field, Object.fromEntries(facet.values.map((value: any) => [value.value, value.count]))]));
    };
    const sense = 'urn:polder:glossaryTerm:(rentals,customer)';
    const rename = async (name: string) => {
      const { version } = (await post(`{ glossaryTerm(urn: "${sense}") { version } }`)).data!.glossaryTerm;
      expect((await editApproved('poly-rentals-owner', { urn: sense, expectedVersion: version, name, comment: 'test' }, 'version')).errors).toBeUndefined();
    };
    const renameDomain = (name: string) => writeTestMesh(driver, sources.find(({ source }) => source.domain === 'rentals')!.source, name);

    // Its two carrying datasets, the term and the polyseme: all four hold the new name, none the old.
    // Not to "Renter": it is a synonym of the sense, and a synonym that is the term's own name is refused.
    await rename('Hirer');
    try {
      const renamed = await facets();
      expect(renamed.term).toMatchObject({ 'Hirer (Rentals)': 4 });
      expect(Object.keys(renamed.term!)).not.toContain('Customer (Rentals)');
    } finally {
      await rename('Customer');
    }
    expect((await facets()).term).toMatchObject({ 'Customer (Rentals)': 4 });

    // A domain's name is held by its assets, and by its terms' senses wherever they are carried.
    await renameDomain('Rentals HQ');
    try {
      const renamed = await facets();
      expect(renamed.term).toMatchObject({ 'Customer (Rentals HQ)': 4 });
      expect(Object.keys(renamed.term!)).not.toContain('Customer (Rentals)');
      expect(Object.keys(renamed.domain!)).toContain('Rentals HQ');
      expect(Object.keys(renamed.domain!)).not.toContain('Rentals');
    } finally {
      await renameDomain('Rentals');
    }
    const restored = await facets();
    expect(restored.term).toMatchObject({ 'Customer (Rentals)': 4 });
    expect(Object.keys(restored.domain!)).not.toContain('Rentals HQ');
  });

  it('asks "which meaning?" when the query names a polyseme, with its senses per domain', async () => {
    const MEANINGS = `query ($q: String!) { search(input: {query: $q, count: 5}) { meanings { urn label senses { glossary name } } } }`;
    const customer = (await post(MEANINGS, { q: 'customer' })).data!.search.meanings;
    expect(customer).toEqual([
      {
        urn: CUSTOMER,
        label: 'Customer',
        senses: expect.arrayContaining([
          { glossary: 'rentals', name: 'Customer' },
          { glossary: 'finance', name: 'Customer account' },
          { glossary: 'delivery', name: 'Customer' },
        ]),
      },
    ]);
    expect(customer[0].senses).toHaveLength(3);
    // A query about something else, or more than the word, asks nothing.
    expect((await post(MEANINGS, { q: 'customer email' })).data!.search.meanings).toEqual([]);
    expect((await post(MEANINGS, { q: 'invoice' })).data!.search.meanings).toEqual([]);
  });
});
