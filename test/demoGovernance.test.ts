/**
 * The demo's own governance, on the demo mesh: polder.yaml's policy set (the
 * global baseline and the finance pack in demo/governance/finance.yaml), put in
 * force over the demo databases and data contracts as `npm start --demo` crawls
 * them (in domains of this file's own), then evaluated. The findings are the
 * ones the demo is built to show; certifying a port through the API resolves
 * its finding once the evaluator drains the policy outbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountService, applyPolicySet, PolicyEvaluator, startApiServer, type ApiServer } from '@polder/api';
import { loadDemoProductsMesh, type DemoProductsMesh } from './support/demoProductsMesh.ts';
import { demoPolicySetOf } from './support/demoPolicySet.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';

const PREFIX = 'demogov';
const ADMIN = 'demogov-admin';
const PASSWORD = 'a long enough password';
const driver = testDriver();
const evaluator = new PolicyEvaluator(driver, { logger: testLogger });
let mesh: DemoProductsMesh;
let api: ApiServer;
let session: string;

/** Open findings in this file's domains, as `policy table severity`. */
async function openFindings(): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (f:PolicyFinding {state: 'OPEN'})-[:ABOUT]->(asset) WHERE f.domain STARTS WITH $prefix
     RETURN f.policyId AS policy, coalesce(asset.qualifiedName, asset.name) AS asset, f.severity AS severity`,
    { prefix: `${PREFIX}-` },
  );
  return records.map((record) => `${record.get('policy')} ${(record.get('asset') as string).replace(/^demogov_\w+?\./, '')} ${record.get('severity')}`).sort();
}

beforeAll(async () => {
  mesh = await loadDemoProductsMesh(driver, testServices().postgres, PREFIX);
  await new AccountService(driver).create({ username: ADMIN, roles: ['ADMIN'], password: PASSWORD });
  api = await startApiServer({ driver, meili: testMeili(), indexPrefix: 'test_demogov_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 } }, { host: '127.0.0.1', port: 0 });
  const login = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation ($input: LoginInput!) { login(input: $input) { session } }`, variables: { input: { username: ADMIN, password: PASSWORD } } }),
  });
  session = ((await login.json()) as GraphQLResponse).data!.login.session;
  await applyPolicySet(driver, demoPolicySetOf(mesh));
  await evaluator.evaluateAll();
});

afterAll(async () => {
  await api?.stop();
  await evaluator.stop();
  await driver.executeQuery(`MATCH (n:PolicyFinding|Policy) DETACH DELETE n`);
  await driver.executeQuery(`MATCH (c:Change) WHERE c.actor = $actor DETACH DELETE c`, { actor: ADMIN });
  await driver.executeQuery(`MATCH (a:Account {username: $username}) OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`, { username: ADMIN });
  const left = await mesh?.remove();
  await driver.close();
  expect(left, 'left behind by this file').toEqual({ entities: 0, outbox: 0, runs: 0 });
});

describe('the demo\'s policies on the demo mesh', () => {
  it('find what the demo is built to show: a port without a freshness SLO, and finance\'s uncertified ports', async () => {
    expect(await openFindings()).toEqual([
      // The finance pack's own policy: every finance output port is certified by its owner.
      ...['billing.invoice', 'billing.invoice_line', 'billing.payment', 'billing.payment_allocation', 'reporting.open_receivable', 'reporting.receivables_aging'].map(
        (table) => `finance-output-ports-certified ${table} medium`,
      ),
      // Courier performance's contract declares no latency (the contract object describing the table is no port of its own).
      'output-port-freshness-slo analytics.courier_performance medium',
    ]);
  });

  it('resolve a finding once its port is certified through the API', async () => {
    const invoice = mesh.table('finance', 'billing.invoice');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session}` },
      body: JSON.stringify({
        query: `mutation ($input: SetCertificationInput!) { setCertification(input: $input) { urn } }`,
        variables: { input: { urn: invoice, expectedVersion: 0, certified: true, note: 'Reconciled with the ledger.' } },
      }),
    });
    expect(((await response.json()) as GraphQLResponse).errors).toBeUndefined();
    await evaluator.drain();
    expect(await openFindings()).not.toContain('finance-output-ports-certified billing.invoice medium');
    expect(await openFindings()).toHaveLength(6);
  });
});
