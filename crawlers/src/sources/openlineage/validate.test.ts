import { describe, expect, it } from 'vitest';
import { validateLineageBatch, validateLineageEvent } from './validate.ts';

const RUN_EVENT = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/definitions/RunEvent';
const base = {
  eventType: 'START',
  eventTime: '2020-12-28T19:52:00.001+10:00',
  run: { runId: 'd46c6b6c-58c1-4a4c-9b3c-3f1e2f0a0001' },
  job: { namespace: 'ns', name: 'job' },
  producer: 'https://example.com/producer',
  schemaURL: RUN_EVENT,
};
const errorsOf = (input: unknown) => {
  const result = validateLineageEvent(input);
  return result.ok ? [] : result.errors;
};

describe('validateLineageEvent', () => {
  it('keeps what Polder reads of a run event, with its time in UTC', () => {
    expect(validateLineageEvent(base)).toEqual({
      ok: true,
      value: {
        kind: 'RunEvent',
        eventType: 'START',
        eventTime: '2020-12-28T09:52:00.001Z',
        version: '2020-12-28T09:52:00.001000000Z',
        runId: 'd46c6b6c-58c1-4a4c-9b3c-3f1e2f0a0001',
        job: { namespace: 'ns', name: 'job' },
        inputs: [],
        outputs: [],
      },
    });
  });

  it('reads the kind of event from the schemaURL fragment, as Marquez does', () => {
    const dataset = { namespace: 'ns', name: 'd' };
    const datasetEvent = validateLineageEvent({ ...base, run: undefined, job: undefined, dataset, schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/definitions/DatasetEvent' });
    expect(datasetEvent).toEqual({ ok: true, value: expect.objectContaining({ kind: 'DatasetEvent', dataset }) });
    const jobEvent = validateLineageEvent({ ...base, run: undefined, schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/definitions/JobEvent' });
    expect(jobEvent).toEqual({ ok: true, value: expect.objectContaining({ kind: 'JobEvent', job: { namespace: 'ns', name: 'job' } }) });
    expect(errorsOf({ ...base, run: undefined, schemaURL: 'https://example.com/custom-schema.json' })).toEqual([
      "/run is required (a run event's; a DatasetEvent or JobEvent ends schemaURL with #/definitions/DatasetEvent or #/definitions/JobEvent)",
    ]);
    expect(errorsOf({ ...base, run: undefined, schemaURL: RUN_EVENT })).toEqual(['/run is required']);
  });

  it('tells a producer whose static event names no kind how to name it', () => {
    const spec = 'https://openlineage.io/spec/2-0-2/OpenLineage.json';
    const { run: _run, job: _job, eventType: _eventType, ...common } = { ...base, schemaURL: spec };
    expect(errorsOf({ ...common, dataset: { namespace: 'ns', name: 'd' } })).toEqual([
      "/run is required (a run event's; for a DatasetEvent, end schemaURL with #/definitions/DatasetEvent)",
      '/job is required',
    ]);
    expect(errorsOf({ ...common, job: { namespace: 'ns', name: 'job' } })).toEqual([
      "/run is required (a run event's; for a JobEvent, end schemaURL with #/definitions/JobEvent)",
    ]);
  });

  it('names every missing required field by its JSON pointer', () => {
    expect(errorsOf({ ...base, job: { namespace: 'ns' } })).toEqual(['/job/name is required']);
    expect(errorsOf({ run: {}, job: null, inputs: [{ name: 'd' }] })).toEqual([
      '/eventTime is required',
      '/producer is required',
      '/schemaURL is required',
      '/run/runId is required',
      '/job is required',
      '/inputs/0/namespace is required',
    ]);
    expect(errorsOf({ ...base, run: undefined, job: undefined, schemaURL: '#/definitions/DatasetEvent' })).toEqual(['/dataset is required']);
  });

  it('says what is wrong with a value of the wrong kind', () => {
    expect(errorsOf('START')).toEqual(['The event must be a JSON object']);
    expect(errorsOf({ ...base, eventTime: '2020-12-28T19:52:00', eventType: 'DONE', run: [], inputs: {}, outputs: ['d'] })).toEqual([
      '/eventTime must be an RFC 3339 date-time with a time zone, e.g. 2024-01-31T12:00:00.000Z',
      '/eventType must be one of START, RUNNING, COMPLETE, ABORT, FAIL, OTHER',
      '/run must be a JSON object',
      '/inputs must be an array',
      '/outputs/0 must be a JSON object',
    ]);
    expect(errorsOf({ ...base, producer: 42, job: { namespace: 'ns', name: '' } })).toEqual(['/producer must be a string', '/job/name must not be empty']);
  });

  it('refuses half a surrogate pair in any text it reads, with the pointer: Neo4j would store U+FFFD for it', () => {
    expect(errorsOf({ ...base, job: { namespace: 'ns', name: 'nightly\uD800' } })).toEqual(['/job/name: U+D800 at character 8 is half of a UTF-16 surrogate pair, not a character']);
  });

  it('takes names with the characters a URN encodes, as a crawl of the same table does, and refuses one too long for a URN', () => {
    expect(errorsOf({ ...base, outputs: [{ namespace: 'postgres://db:5432', name: 'sum(amount)' }] })).toEqual([]);
    expect(errorsOf({ ...base, job: { namespace: ' ns', name: 'job' } })).toEqual([]);
    expect(errorsOf({ ...base, job: { namespace: 'ns', name: 'x'.repeat(2100) } })).toEqual(['/job/name is too long: URN is longer than 2048 characters']);
  });

  it('refuses a namespace or name that carries a password, never echoing it', () => {
    const errors = errorsOf({
      ...base,
      job: { namespace: 'postgres://etl:S3cret@db:5432', name: 'job' },
      inputs: [{ namespace: 'postgres://etl:S3cret@db:5432', name: 'public.orders' }],
      outputs: [{ namespace: 'ns', name: ' mysql://etl:p@ss:w0rd@db/shop.orders,x' }],
    });
    expect(errors).toEqual([
      '/job/namespace must not carry a password: "postgres://etl:***@db:5432"',
      '/inputs/0/namespace must not carry a password: "postgres://etl:***@db:5432"',
      '/outputs/0/name must not carry a password: "mysql://etl:***@db/shop.orders,x"',
    ]);
    expect(errors.join('\n')).not.toMatch(/S3cret|p@ss|w0rd/);
    // A user name alone is no secret, and an `@` past the authority is part of the path.
    expect(errorsOf({ ...base, inputs: [{ namespace: 'postgres://etl@db:5432', name: 'public.orders' }, { namespace: 's3://bucket', name: 's3://bucket/a:b@c' }] })).toEqual([]);
  });

  it('refuses a whole batch when one event carries a password', () => {
    const leaking = { ...base, inputs: [{ namespace: 'postgres://etl:S3cret@db:5432', name: 'public.orders' }] };
    expect(validateLineageBatch([base, leaking])).toEqual({ ok: false, errors: ['/1/inputs/0/namespace must not carry a password: "postgres://etl:***@db:5432"'] });
  });

  it('parses the facets Polder reads, from facets and inputFacets alike', () => {
    const result = validateLineageEvent({
      ...base,
      job: {
        namespace: 'ns',
        name: 'job',
        facets: {
          documentation: { description: 'Loads orders.' },
          sql: { query: 'INSERT INTO o SELECT * FROM i' },
          ownership: { owners: [{ name: 'team:orders', type: 'MAINTAINER' }] },
        },
      },
      inputs: [
        {
          namespace: 'ns',
          name: 'i',
          facets: { schema: { fields: [{ name: 'id', type: 'INTEGER', description: 'Key.' }, { name: 'note' }] } },
          inputFacets: { dataQualityAssertions: { assertions: [{ assertion: 'not_null', success: false, column: 'id' }, { assertion: 'row_count', success: true }] } },
        },
      ],
      outputs: [
        {
          namespace: 'ns',
          name: 'o',
          facets: {
            columnLineage: {
              fields: {
                id: { inputFields: [{ namespace: 'ns', name: 'i', field: 'id', transformations: [{ type: 'DIRECT', subtype: 'IDENTITY', masking: false }] }] },
                note: { inputFields: [{ namespace: 'ns', name: 'i', field: 'note' }], transformationType: 'IDENTITY', transformationDescription: 'copied' },
              },
            },
          },
        },
      ],
    });
    expect(result.ok && result.value.kind === 'RunEvent' && [result.value.job, result.value.inputs, result.value.outputs]).toEqual([
      { namespace: 'ns', name: 'job', description: 'Loads orders.', sql: 'INSERT INTO o SELECT * FROM i', owners: ['team:orders'] },
      [
        {
          namespace: 'ns',
          name: 'i',
          fields: [{ name: 'id', type: 'INTEGER', description: 'Key.' }, { name: 'note' }],
          assertions: [{ assertion: 'not_null', success: false, column: 'id' }, { assertion: 'row_count', success: true }],
        },
      ],
      [
        {
          namespace: 'ns',
          name: 'o',
          columnLineage: [
            { field: 'id', inputFields: [{ namespace: 'ns', name: 'i', field: 'id', transformations: [{ type: 'DIRECT', subtype: 'IDENTITY', masking: false }] }] },
            { field: 'note', inputFields: [{ namespace: 'ns', name: 'i', field: 'note', transformations: [] }], transformationType: 'IDENTITY', transformationDescription: 'copied' },
          ],
        },
      ],
    ]);
  });

  it('ignores facets it does not know, whatever their shape, and facets sent as null', () => {
    const result = validateLineageEvent({
      ...base,
      run: { runId: 'd46c6b6c-58c1-4a4c-9b3c-3f1e2f0a0001', facets: { nominalTime: 'whenever', parent: 42 } },
      job: { namespace: 'ns', name: 'job', facets: { 'spark.logicalPlan': [1, 2], documentation: null } },
      outputs: [{ namespace: 'ns', name: 'o', facets: { myCompany_custom: null, schema: null }, outputFacets: { outputStatistics: 'n/a' } }],
    });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ job: { namespace: 'ns', name: 'job' }, outputs: [{ namespace: 'ns', name: 'o' }] }) });
  });

  it('checks the parts of known facets it reads, escaping pointers (RFC 6901)', () => {
    const outputs = [
      {
        namespace: 'ns',
        name: 'o',
        facets: {
          schema: { fields: [{ type: 'INTEGER' }, { name: 'count(*)' }] },
          columnLineage: { fields: { 'a/b': { inputFields: 'i.id' }, c: { inputFields: [{ namespace: 'ns', name: 'i' }] } } },
          dataQualityAssertions: { assertions: [{ assertion: 'not_null', success: 'yes' }] },
        },
      },
    ];
    expect(errorsOf({ ...base, outputs, job: { namespace: 'ns', name: 'job', facets: { sql: { sql: 'SELECT 1' } } } })).toEqual([
      '/job/facets/sql/query is required',
      '/outputs/0/facets/schema/fields/0/name is required',
      '/outputs/0/facets/dataQualityAssertions/assertions/0/success must be true or false',
      '/outputs/0/facets/columnLineage/fields/a~1b/inputFields must be an array',
      '/outputs/0/facets/columnLineage/fields/c/inputFields/0/field is required',
    ]);
  });
});

describe('validateLineageBatch', () => {
  it('validates every event, pointing into the array', () => {
    expect(validateLineageBatch([base, base])).toEqual({ ok: true, value: [expect.objectContaining({ runId: 'd46c6b6c-58c1-4a4c-9b3c-3f1e2f0a0001' }), expect.objectContaining({ runId: 'd46c6b6c-58c1-4a4c-9b3c-3f1e2f0a0001' })] });
    expect(validateLineageBatch([base, { ...base, run: {} }, 'x'])).toEqual({ ok: false, errors: ['/1/run/runId is required', '/2 must be a JSON object'] });
  });

  it('takes an empty batch', () => {
    expect(validateLineageBatch([])).toEqual({ ok: true, value: [] });
  });

  it('refuses anything but an array', () => {
    expect(validateLineageBatch(base)).toEqual({ ok: false, errors: ['The batch must be a JSON array of OpenLineage events'] });
  });
});

describe('validateLineageEvent, run ids', () => {
  it('wants a UUID, as the spec and Marquez do', () => {
    expect(validateLineageEvent({ ...base, run: { runId: 'run-1' } })).toEqual({ ok: false, errors: ['/run/runId must be a UUID: "run-1"'] });
  });
});

describe('what one request may carry', () => {
  const datasets = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => ({ namespace: 'ns', name: `${prefix}${index}` }));
  const errorsOfBatch = (input: unknown) => {
    const result = validateLineageBatch(input);
    return result.ok ? [] : result.errors;
  };

  it('refuses more lineage than a request may carry, each output derived from each input', () => {
    // 400 × 300 = 120,000 pairs in one event; 2 events of 250 × 250 = 125,000 in a batch.
    expect(errorsOf({ ...base, inputs: datasets(400, 'in'), outputs: datasets(300, 'out') })).toEqual([
      "the request's jobs derive 120,000 outputs from inputs (each output from each input), over the 100,000 one request may carry: send fewer events per request, or a job's datasets in several events",
    ]);
    const event = { ...base, inputs: datasets(250, 'in'), outputs: datasets(250, 'out') };
    expect(errorsOfBatch([event, { ...event, run: { runId: 'd46c6b6c-58c1-4a4c-9b3c-3f1e2f0a0002' } }])).toHaveLength(1);
    expect(errorsOfBatch([event])).toEqual([]);
  });

  it('refuses a list of datasets past 1,000 whole, with one error', () => {
    expect(errorsOf({ ...base, inputs: Array.from({ length: 1_001 }, () => ({})) })).toEqual(['/inputs names 1,001 datasets, over the 1,000 one event may name']);
  });

  it('refuses a batch past 1,000 events without reading them', () => {
    expect(errorsOfBatch(Array.from({ length: 1_001 }, () => ({})))).toEqual(['The batch holds 1,001 events, over the 1,000 one request may carry: send it in several']);
  });

  it('refuses one run given jobs of two namespaces', () => {
    const other = { ...base, eventType: 'COMPLETE', job: { namespace: 'other', name: 'job' } };
    expect(errorsOfBatch([base, other])).toEqual([
      '/1/run/runId d46c6b6c-58c1-4a4c-9b3c-3f1e2f0a0001 is a run of job "job" in namespace "ns" (/0), not of job "job" in namespace "other": one run has one job',
    ]);
  });

  it('refuses one run given two jobs of one namespace, and takes its events for one job', () => {
    const jobB = { ...base, eventType: 'COMPLETE', job: { namespace: 'ns', name: 'jobB' } };
    expect(errorsOfBatch([base, { ...base, eventType: 'COMPLETE' }, jobB])).toEqual([
      '/2/run/runId d46c6b6c-58c1-4a4c-9b3c-3f1e2f0a0001 is a run of job "job" in namespace "ns" (/0), not of job "jobB" in namespace "ns": one run has one job',
    ]);
    expect(errorsOfBatch([base, { ...base, eventType: 'COMPLETE' }])).toEqual([]);
  });
});
