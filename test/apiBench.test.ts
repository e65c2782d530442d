/**
 * `npx polder bench api` at a tiny size, with nothing timed (its figures are the bench's): the API and the
 * hand-written walk start on threads of their own and stop again, every side of every comparison is
 * measured, the walk reaches its 1,000 datasets, and the dataset page keeps its query budget. (That the
 * bench removes its graph afterwards is benchCleanup.test.ts's.)
 */
import { afterAll, expect, it } from 'vitest';
import { trustConfigSchema } from '@polder/runtime';
import { deleteApiBenchGraph, runApiBench } from 'polder';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';

const driver = testDriver();
const meili = testMeili();

afterAll(async () => {
  await deleteApiBenchGraph(driver, undefined);
  await driver.close();
});

it('measures the dataset page, the lineage walk on every side, and the trivial query against a bare server', async () => {
  // 1,400 tables: enough datasets for the lineage tree's 1,365 within 5 hops, so the walk is capped at 1,000.
  const result = await runApiBench({ driver, meili, connections: testServices() }, undefined, trustConfigSchema.parse(undefined), testLogger, { tables: 1_400, requests: 5, seconds: 1, clients: 2 });

  expect(result.page.graphQueries).toBe(5);
  expect(result.lineage).toMatchObject({ nodes: 1_000, isPartial: true, cypherForm: expect.stringMatching(/^(ANY SHORTEST|levels)$/) });
  expect(Object.keys(result.lineage.cypherP95ByForm).sort()).toEqual(['ANY SHORTEST', 'levels']);
  const times = [result.page.p50, result.page.p95, result.lineage.graphqlP95, result.lineage.cypherP95, result.lineage.graphqlP50, result.lineage.cypherP50, result.lineage.jsonRoundTripP50, result.lineage.serviceP50];
  for (const ms of times) expect(ms).toBeGreaterThan(0);
  expect(result.lineage.ratio).toBeCloseTo(result.lineage.graphqlP95 / result.lineage.cypherP95);
  expect(result.throughput.apiPerSecond).toBeGreaterThan(0);
  expect(result.throughput.barePerSecond).toBeGreaterThan(0);
});
