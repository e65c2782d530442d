import { describe, expect, it } from 'vitest';
import { trustConfigSchema } from '@polder/runtime';
import type { CheckEvidence, DatasetTrustInputs } from './TrustInputs.ts';
import { scoreDatasetTrust } from './scoreDatasetTrust.ts';

const config = trustConfigSchema.parse(undefined);
const options = { weights: config.weights, windowDays: 30, incidentPenalty: 0.5, now: new Date('2026-12-01T00:00:00Z') };
const DS = 'urn:polder:dataset:(postgres,db,s.public.orders)';
const field = (name: string, described: boolean) => ({ urn: `urn:polder:field:(${DS},${name})`, name, described });
const check = (name: string, window: CheckEvidence['window'], extra: Partial<CheckEvidence> = {}): CheckEvidence => ({
  urn: `urn:polder:qualityCheck:(polder,db,${name})`,
  name,
  kind: 'rowCount',
  origin: 'polder',
  isFreshness: false,
  window,
  latest: null,
  ...extra,
});
const notCertified = { certified: false, by: null, expiresAt: null, suspendedAt: null, suspendedReason: null };

/**
 * The README's worked example. Known components and their weights:
 *   documentation 0.75 (described, 2 of 4 columns) × 15 = 11.25
 *   ownership     1                                 × 10 = 10
 *   quality       (3/4 + 2/2) / 2 = 0.875           × 20 = 17.5
 *   lineage       1 (derives from customers)        × 10 = 10
 *   certification 0                                 × 10 = 0
 *   incidents     1 − 0.5 × 1 = 0.5                 × 15 = 7.5
 * Unknown (weights 10 + 5 + 5 left out): freshness, usage, contract.
 *   score = 100 × 56.25 / 80 = 70.3 → 70
 */
const example: DatasetTrustInputs = {
  urn: DS,
  subtype: 'VIEW',
  description: 'Orders as booked.',
  fields: [field('id', true), field('total', true), field('note', false), field('code', false)],
  owners: ['ada'],
  checks: [check('orders-rows', { passed: 3, warned: 0, failed: 1 }), check('orders-ids', { passed: 2, warned: 0, failed: 0 })],
  openIncidents: [{ urn: 'urn:polder:incident:(polder,db,orders-rows,run1)', title: 'orders-rows is failing on public.orders' }],
  upstream: [{ urn: 'urn:polder:dataset:(postgres,db,s.public.customers)', name: 'customers' }],
  writtenBy: [],
  freshnessSlos: [],
  certification: notCertified,
  popularity: null,
};

describe('scoreDatasetTrust', () => {
  it('scores the worked example: known components weighed, unknown ones left out and saying why', () => {
    const result = scoreDatasetTrust(example, options);
    expect(result.score).toBe(70);
    expect(result.cap).toBeNull();
    expect(result.components.map(({ name, value, weight, contribution }) => ({ name, value, weight, contribution }))).toEqual([
      { name: 'documentation', value: 0.75, weight: 15, contribution: 14.06 },
      { name: 'ownership', value: 1, weight: 10, contribution: 12.5 },
      { name: 'quality', value: 0.875, weight: 20, contribution: 21.88 },
      { name: 'freshness', value: null, weight: 10, contribution: 0 },
      { name: 'lineage', value: 1, weight: 10, contribution: 12.5 },
      { name: 'certification', value: 0, weight: 10, contribution: 0 },
      { name: 'usage', value: null, weight: 5, contribution: 0 },
      { name: 'incidents', value: 0.5, weight: 15, contribution: 9.38 },
      { name: 'contract', value: null, weight: 5, contribution: 0 },
    ]);
    const evidence = Object.fromEntries(result.components.map((component) => [component.name, component.evidence.map((item) => item.description)]));
    expect(evidence).toEqual({
      documentation: ['has a description', '2 of 4 columns described', 'column note has no description', 'column code has no description'],
      ownership: ['owned by ada'],
      quality: ['orders-rows: 3 of 4 runs passed in 30 days', 'orders-ids: 2 of 2 runs passed in 30 days'],
      freshness: ['no freshness check or SLO'],
      lineage: ['derives from customers'],
      certification: ['not certified'],
      usage: ['no usage data (no popularity recorded)'],
      incidents: ['open incident: orders-rows is failing on public.orders'],
      contract: ['no contract quality rules'],
    });
    expect(result.components.find((c) => c.name === 'documentation')!.evidence[2]).toEqual({ kind: 'undescribedColumn', urn: `urn:polder:field:(${DS},note)`, description: 'column note has no description' });
  });

  it('scores freshness and contract rules on their latest result, and counts a WARN as half', () => {
    const latest = (outcome: 'PASS' | 'FAIL' | 'WARN', id: string) => ({ urn: `urn:polder:checkResult:(x,${id})`, outcome, evaluatedAt: '2026-11-30T10:00:00Z' });
    const result = scoreDatasetTrust(
      {
        ...example,
        checks: [
          check('fresh', { passed: 5, warned: 0, failed: 0 }, { isFreshness: true, kind: 'freshness', latest: latest('FAIL', 'f') }),
          check('rule-a', { passed: 0, warned: 0, failed: 0 }, { origin: 'contract', latest: latest('PASS', 'a') }),
          check('rule-b', { passed: 0, warned: 0, failed: 0 }, { origin: 'contract', latest: latest('WARN', 'b') }),
          check('rule-c', { passed: 0, warned: 0, failed: 0 }, { origin: 'contract' }),
        ],
      },
      options,
    );
    const byName = Object.fromEntries(result.components.map((component) => [component.name, component]));
    // The freshness check is not a quality check; the contract rules are, but none ran in the window.
    expect(byName.quality).toMatchObject({ value: null, evidence: [{ description: '3 quality checks, none ran in the last 30 days' }] });
    expect(byName.freshness).toMatchObject({ value: 0, evidence: [{ kind: 'result', urn: 'urn:polder:checkResult:(x,f)', description: 'fresh: latest run missed its SLO (FAIL) at 2026-11-30T10:00:00Z' }] });
    expect(byName.contract!.value).toBe(0.75);
  });

  it('counts the contract rules Polder ran in quality, by their pass rate in the window, beside the checks', () => {
    const latest = { urn: 'urn:polder:checkResult:(x,r)', outcome: 'FAIL' as const, evaluatedAt: '2026-11-30T10:00:00Z' };
    const result = scoreDatasetTrust(
      {
        ...example,
        checks: [
          check('orders-ids', { passed: 2, warned: 0, failed: 0 }),
          check('rule-nulls', { passed: 1, warned: 0, failed: 1 }, { origin: 'contract', latest }),
        ],
      },
      options,
    );
    const byName = Object.fromEntries(result.components.map((component) => [component.name, component]));
    // quality: (2/2 + 1/2) / 2 = 0.75; contract: the rule's latest result, FAIL = 0.
    expect(byName.quality).toMatchObject({
      value: 0.75,
      evidence: [{ description: 'orders-ids: 2 of 2 runs passed in 30 days' }, { description: 'rule-nulls: 1 of 2 runs passed in 30 days' }],
    });
    expect(byName.contract).toMatchObject({ value: 0, evidence: [{ description: 'contract rule rule-nulls: FAIL at 2026-11-30T10:00:00Z' }] });
  });

  it('says a declared SLO is not measured, and that checks that did not run in the window give no evidence', () => {
    const result = scoreDatasetTrust(
      { ...example, checks: [check('idle', { passed: 0, warned: 0, failed: 0 })], freshnessSlos: [{ urn: 'urn:polder:dataProduct:(sales,orders)', seconds: 345_600 }] },
      options,
    );
    const byName = Object.fromEntries(result.components.map((component) => [component.name, component]));
    expect(byName.quality).toMatchObject({ value: null, evidence: [{ description: '1 quality check, none ran in the last 30 days' }] });
    expect(byName.freshness).toMatchObject({ value: null, evidence: [{ urn: 'urn:polder:dataProduct:(sales,orders)', description: 'a freshness SLO of 4 d is declared, but no freshness check measures it' }] });
  });

  it('tells a source table from a view without upstream, and a suspended certification from an active one', () => {
    const lineageOf = (inputs: Partial<DatasetTrustInputs>) => scoreDatasetTrust({ ...example, ...inputs }, options).components.find((c) => c.name === 'lineage');
    expect(lineageOf({ subtype: 'TABLE', upstream: [] })).toMatchObject({ value: 1, evidence: [{ description: 'a source table: data enters the mesh here' }] });
    expect(lineageOf({ subtype: 'VIEW', upstream: [] })).toMatchObject({ value: 0, evidence: [{ description: 'a view with no known upstream' }] });
    expect(lineageOf({ subtype: 'TABLE', upstream: [], writtenBy: [{ urn: 'urn:polder:job:(ns,load)', name: 'load' }] })).toMatchObject({ value: 0 });

    const certificationOf = (certification: DatasetTrustInputs['certification']) => scoreDatasetTrust({ ...example, certification }, options).components.find((c) => c.name === 'certification');
    const active = { certified: true, by: 'ada', expiresAt: '2027-01-01T00:00:00Z', suspendedAt: null, suspendedReason: null };
    expect(certificationOf(active)).toMatchObject({ value: 1, evidence: [{ description: 'certified by ada until 2027-01-01T00:00:00Z' }] });
    expect(certificationOf({ ...active, expiresAt: '2026-11-01T00:00:00Z' })).toMatchObject({ value: 0, evidence: [{ kind: 'certificationExpired' }] });
    expect(certificationOf({ ...active, suspendedAt: '2026-11-30T00:00:00Z', suspendedReason: 'trust score 40 fell below 50' })).toMatchObject({
      value: 0,
      evidence: [{ description: 'certification suspended at 2026-11-30T00:00:00Z: trust score 40 fell below 50' }],
    });
  });

  it('zeroes the incidents component at two open incidents with the default penalty, and reads popularity as a percentile', () => {
    const incident = (id: string) => ({ urn: `urn:polder:incident:(x,${id})`, title: id });
    const result = scoreDatasetTrust({ ...example, openIncidents: [incident('a'), incident('b'), incident('c')], popularity: 80 }, options);
    const byName = Object.fromEntries(result.components.map((component) => [component.name, component]));
    expect(byName.incidents!.value).toBe(0);
    expect(byName.usage).toMatchObject({ value: 0.8, evidence: [{ description: 'popularity 80 of 100' }] });
  });

  it('explains popularity with the usage rates it was ranked from', () => {
    const usage = { signal: 'postgres', readsPerDay: 192.4, measuredFrom: '2026-12-01T10:00:00.000Z', measuredAt: '2026-12-01T16:00:00.000Z', jobRunsPerDay: 0.5 };
    const result = scoreDatasetTrust({ ...example, popularity: 90, usage }, options);
    expect(result.components.find((component) => component.name === 'usage')!.evidence).toEqual([
      { kind: 'popularity', urn: null, description: 'popularity 90 of 100' },
      { kind: 'storeUsage', urn: null, description: '192 scans a day by the postgres statistics, 2026-12-01T10:00:00.000Z to 2026-12-01T16:00:00.000Z' },
      { kind: 'jobRuns', urn: null, description: '0.5 completed runs a day of the jobs that read it (OpenLineage, last 30 days)' },
    ]);
  });
});
