import { describe, expect, it } from 'vitest';
import { collapseDelta } from '../../writer/collapseDelta.ts';
import { wins } from '../../writer/lastWriterWins.ts';
import type { LineageDataset, LineageEvent, RunEvent } from './LineageEvent.ts';
import { mapLineageEvents } from './map.ts';

const v1 = '2020-02-22T22:00:00.000000000Z';
const v2 = '2020-02-22T22:08:00.000000000Z';
const ol = 'openlineage:food';
const job = 'urn:polder:job:(food,etl_orders)';
const run = 'urn:polder:run:r1';
const ds = (name: string, namespace = 'food') => `urn:polder:dataset:(openlineage,${namespace},${name})`;
const fd = (name: string, field: string) => `urn:polder:field:(${ds(name)},${field})`;
const dataset = (name: string, facets: Partial<LineageDataset> = {}): LineageDataset => ({ namespace: 'food', name, ...facets });
const identity = (name: string) => ({ name, qualifiedName: name, namespace: 'food', platform: 'openlineage', subtype: 'TABLE' });
const placeholders = { position: 0, dataType: 'UNKNOWN', nullable: true, isPrimaryKey: false, isUnique: false };

const start: RunEvent = {
  kind: 'RunEvent',
  eventType: 'START',
  eventTime: '2020-02-22T22:00:00.000Z',
  version: v1,
  runId: 'r1',
  job: { namespace: 'food', name: 'etl_orders', sql: 'INSERT INTO orders SELECT * FROM raw', description: 'Loads orders.' },
  inputs: [dataset('raw')],
  outputs: [dataset('orders', { description: 'Orders.', fields: [{ name: 'id', type: 'INTEGER' }] })],
};
const complete: RunEvent = { ...start, eventType: 'COMPLETE', eventTime: '2020-02-22T22:08:00.000Z', version: v2, job: { namespace: 'food', name: 'etl_orders' }, inputs: [], outputs: [] };

describe('mapLineageEvents', () => {
  it('maps a run event to its job, run, datasets, fields and lineage, each fact at the event time', () => {
    expect(mapLineageEvents([start])).toEqual({
      leftOut: [],
      delta: {
        nodes: [
          { label: 'Job', urn: job, provider: ol, version: v1, properties: { namespace: 'food', name: 'etl_orders', description: 'Loads orders.', sql: 'INSERT INTO orders SELECT * FROM raw' } },
          { label: 'Run', urn: run, provider: ol, version: v1, properties: { runId: 'r1', eventTime: '2020-02-22T22:00:00.000Z', startedAt: '2020-02-22T22:00:00.000Z' } },
          // The state's version breaks ties of time by OpenLineage's order of states (START is its first).
          { label: 'Run', urn: run, provider: ol, version: `${v1}1`, properties: { state: 'START' } },
          { label: 'Dataset', urn: ds('raw'), provider: ol, version: v1, properties: identity('raw') },
          { label: 'Dataset', urn: ds('orders'), provider: ol, version: v1, properties: { ...identity('orders'), description: 'Orders.' } },
          { label: 'Dataset', urn: ds('orders'), provider: ol, version: v1, properties: identity('orders') },
          { label: 'Field', urn: fd('orders', 'id'), provider: ol, version: '', properties: { name: 'id', datasetUrn: ds('orders'), ...placeholders } },
          { label: 'Field', urn: fd('orders', 'id'), provider: ol, version: v1, properties: { name: 'id', datasetUrn: ds('orders'), position: 1, dataType: 'INTEGER' } },
        ],
        edges: [
          { type: 'RUN_OF', from: run, to: job, provider: ol, version: v1, properties: {} },
          { type: 'HAS_FIELD', from: ds('orders'), to: fd('orders', 'id'), provider: ol, version: v1, properties: {} },
          { type: 'READS', from: job, to: ds('raw'), provider: ol, version: v1, properties: {} },
          { type: 'WRITES', from: job, to: ds('orders'), provider: ol, version: v1, properties: {} },
          { type: 'DERIVES_FROM', from: ds('orders'), to: ds('raw'), provider: ol, version: v1, properties: { job, transformation: 'JOB', confidence: 1 } },
        ],
      },
    });
  });

  it('keeps the state of the latest event, whatever the order, and the times of both', () => {
    const forward = collapseDelta(mapLineageEvents([start, complete]).delta).nodes.get(run);
    const backward = collapseDelta(mapLineageEvents([complete, start, complete]).delta).nodes.get(run);
    expect(backward).toEqual(forward);
    expect(Object.fromEntries([...forward!.facts].map(([key, fact]) => [key, fact.value]))).toEqual({
      runId: 'r1',
      eventTime: '2020-02-22T22:08:00.000Z',
      state: 'COMPLETE',
      startedAt: '2020-02-22T22:00:00.000Z',
      endedAt: '2020-02-22T22:08:00.000Z',
    });
  });

  it('keeps a terminal state over START or RUNNING at the same time, whatever the order, and FAIL over ABORT over COMPLETE', () => {
    const at = (eventType: RunEvent['eventType']): RunEvent => ({ ...complete, eventType, eventTime: start.eventTime, version: v1 });
    const state = (events: LineageEvent[]) => collapseDelta(mapLineageEvents(events).delta).nodes.get(run)!.facts.get('state')!.value;
    for (const [events, expected] of [
      [[at('START'), at('COMPLETE')], 'COMPLETE'],
      [[at('COMPLETE'), at('START')], 'COMPLETE'],
      [[at('RUNNING'), at('START')], 'RUNNING'],
      [[at('FAIL'), at('RUNNING')], 'FAIL'],
      [[at('START'), at('ABORT')], 'ABORT'],
      [[at('COMPLETE'), at('FAIL')], 'FAIL'],
      [[at('FAIL'), at('COMPLETE')], 'FAIL'],
      [[at('ABORT'), at('COMPLETE')], 'ABORT'],
      [[at('FAIL'), at('ABORT')], 'FAIL'],
    ] as const) expect(state([...events]), events.map((event) => event.eventType).join(', ')).toBe(expected);
    // A later time still wins over any rank: a run started again after it completed (a retry under the same run id) is START.
    const startedLater: RunEvent = { ...start, eventTime: '2020-02-22T22:00:00.001Z', version: '2020-02-22T22:00:00.001000000Z' };
    expect(state([at('FAIL'), startedLater])).toBe('START');
    // A START the graph holds from before ranks were appended (at the bare time) loses to a COMPLETE of the same time.
    const completeFact = mapLineageEvents([at('COMPLETE')]).delta.nodes.find((node) => node.label === 'Run' && 'state' in node.properties)!;
    expect(wins({ value: 'COMPLETE', version: completeFact.version }, { value: 'START', version: v1 })).toBe(true);
  });

  it('lets an OTHER event, or one without an eventType, name the state only of a run nothing else reached', () => {
    const other: RunEvent = { ...complete, eventType: 'OTHER', eventTime: '2020-02-22T23:00:00.000Z', version: '2020-02-22T23:00:00.000000000Z' };
    const { eventType: _, ...untyped } = other;
    expect(mapLineageEvents([untyped]).delta.nodes.filter((node) => node.label === 'Run')).toEqual([
      { label: 'Run', urn: run, provider: ol, version: other.version, properties: { runId: 'r1', eventTime: other.eventTime } },
      { label: 'Run', urn: run, provider: ol, version: '', properties: { state: 'OTHER' } },
    ]);
    const state = (events: LineageEvent[]) => collapseDelta(mapLineageEvents(events).delta).nodes.get(run)!.facts.get('state')!.value;
    expect(state([other])).toBe('OTHER');
    expect(state([complete, other])).toBe('COMPLETE');
    expect(state([other, complete])).toBe('COMPLETE');
  });

  it('maps a job event to static lineage, without a run', () => {
    const { delta: { nodes, edges } } = mapLineageEvents([{ kind: 'JobEvent', eventTime: start.eventTime, version: v1, job: { namespace: 'food', name: 'etl_orders' }, inputs: [dataset('raw')], outputs: [dataset('orders')] }]);
    expect(nodes.map((node) => node.urn)).toEqual([job, ds('raw'), ds('orders')]);
    expect(edges.map((edge) => `${edge.type} ${edge.to}`)).toEqual([`READS ${ds('raw')}`, `WRITES ${ds('orders')}`, `DERIVES_FROM ${ds('raw')}`]);
  });

  it('maps a dataset event to the dataset, its fields, owners and quality assertions', () => {
    const { delta: { nodes, edges } } = mapLineageEvents([
      {
        kind: 'DatasetEvent',
        eventTime: start.eventTime,
        version: v1,
        dataset: { namespace: 's3://bucket', name: '/events', owners: ['team:data'], fields: [{ name: 'at', description: 'When.' }], assertions: [{ assertion: 'not_null', column: 'at', success: false }, { assertion: 'fresh', success: true }] },
      },
    ]);
    const events = 'urn:polder:dataset:(openlineage,s3://bucket,/events)';
    const at = `urn:polder:field:(${events},at)`;
    const notNull = `urn:polder:qualityCheck:(${at},not_null)`;
    const fresh = `urn:polder:qualityCheck:(${events},fresh)`;
    expect(nodes.filter((node) => node.version !== '' && ['Dataset', 'Field'].includes(node.label)).map((node) => node.properties)).toEqual([
      { name: '/events', qualifiedName: '/events', namespace: 's3://bucket', platform: 's3', subtype: 'FILE', owners: ['team:data'] },
      { name: '/events', qualifiedName: '/events', namespace: 's3://bucket', platform: 's3', subtype: 'FILE' },
      { name: 'at', datasetUrn: events, position: 1, description: 'When.' },
      { name: '/events', qualifiedName: '/events', namespace: 's3://bucket', platform: 's3', subtype: 'FILE' },
      { name: 'at', datasetUrn: events },
    ]);
    // Each assertion: a check of the column (or the dataset) and its outcome, keyed by the event time when there is no run.
    expect(nodes.filter((node) => ['QualityCheck', 'CheckResult'].includes(node.label)).map((node) => [node.label, node.urn, node.properties])).toEqual([
      ['QualityCheck', notNull, { name: 'not_null on at', kind: 'not_null', column: 'at' }],
      ['CheckResult', `urn:polder:checkResult:(${notNull},${v1})`, { outcome: 'FAIL', message: 'not_null on at failed', evaluatedAt: start.eventTime }],
      ['QualityCheck', fresh, { name: 'fresh', kind: 'fresh' }],
      ['CheckResult', `urn:polder:checkResult:(${fresh},${v1})`, { outcome: 'PASS', message: 'fresh passed', evaluatedAt: start.eventTime }],
    ]);
    expect(nodes.every((node) => node.provider === 'openlineage:s3://bucket')).toBe(true);
    expect(edges.map((edge) => [edge.type, edge.from, edge.to])).toEqual([
      ['HAS_FIELD', events, at],
      ['HAS_FIELD', events, at],
      ['CHECKS', notNull, at],
      ['RESULT_OF', `urn:polder:checkResult:(${notNull},${v1})`, notNull],
      ['CHECKS', fresh, events],
      ['RESULT_OF', `urn:polder:checkResult:(${fresh},${v1})`, fresh],
    ]);
  });

  it('maps column lineage to field edges, with the most precise transformation the facet gives', () => {
    const columnLineage = [
      { field: 'id', inputFields: [{ namespace: 'food', name: 'raw', field: 'id', transformations: [{ type: 'DIRECT', subtype: 'IDENTITY' }, { type: 'INDIRECT', subtype: 'FILTER', description: 'where valid' }] }] },
      { field: 'total', transformationType: 'AGGREGATION', inputFields: [{ namespace: 'food', name: 'raw', field: 'amount', transformations: [] }] },
      { field: 'note', inputFields: [{ namespace: 'food', name: 'elsewhere', field: 'note', transformations: [] }, { namespace: 'food', name: 'orders', field: 'note', transformations: [] }] },
    ];
    const { delta: { nodes, edges } } = mapLineageEvents([{ ...start, outputs: [dataset('orders', { columnLineage })] }]);
    expect(edges.filter((edge) => edge.type === 'DERIVES_FROM' && edge.from.startsWith('urn:polder:field')).map((edge) => [edge.from, edge.to, edge.properties])).toEqual([
      [fd('orders', 'id'), fd('raw', 'id'), { job, transformation: 'DIRECT/IDENTITY, INDIRECT/FILTER', description: 'where valid', confidence: 1 }],
      [fd('orders', 'total'), fd('raw', 'amount'), { job, transformation: 'AGGREGATION', confidence: 1 }],
      // An input outside the event's inputs still lands (with its dataset); a field from itself does not.
      [fd('orders', 'note'), fd('elsewhere', 'note'), { job, transformation: 'JOB', confidence: 1 }],
    ]);
    expect(nodes.some((node) => node.urn === ds('elsewhere'))).toBe(true);
  });

  it('names both ends of every edge among its nodes, and no dataset derives from itself', () => {
    const inPlace: RunEvent = { ...start, inputs: [dataset('orders')], outputs: [dataset('orders', { columnLineage: [{ field: 'id', inputFields: [{ namespace: 'food', name: 'raw', field: 'id', transformations: [] }] }] })] };
    const { delta } = mapLineageEvents([inPlace, complete]);
    const urns = new Set(delta.nodes.map((node) => node.urn));
    expect(delta.edges.filter((edge) => !urns.has(edge.from) || !urns.has(edge.to))).toEqual([]);
    expect(delta.edges.filter((edge) => edge.from === edge.to)).toEqual([]);
  });
});
