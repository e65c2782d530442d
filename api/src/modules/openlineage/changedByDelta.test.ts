import { describe, expect, it } from 'vitest';
import { mapLineageEvents, validateLineageEvent, type LineageEvent } from '@polder/crawlers';
import { changedByDelta } from './changedByDelta.ts';

function mapped(event: unknown) {
  const validated = validateLineageEvent(event);
  if (!validated.ok) throw new Error(validated.errors.join('; '));
  return mapLineageEvents([validated.value as LineageEvent]).delta;
}

const DATASET = (name: string) => `urn:polder:dataset:(openlineage,postgres://db:5432,${name})`;
const JOB = 'urn:polder:job:(finance,load_invoices)';

describe('changedByDelta', () => {
  const run = {
    eventType: 'COMPLETE',
    eventTime: '2026-11-30T10:00:00.000Z',
    producer: 'https://polder.invalid/test',
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId: '00000000-0000-4000-8000-000000000001' },
    job: { namespace: 'finance', name: 'load_invoices' },
  };

  it('is what the job writes, not what it reads, and the job', () => {
    const delta = mapped({ ...run, inputs: [{ namespace: 'postgres://db:5432', name: 'rentals.public.rental_order' }], outputs: [{ namespace: 'postgres://db:5432', name: 'finance.billing.invoice' }] });
    expect(changedByDelta(delta)).toEqual({ datasets: [DATASET('finance.billing.invoice')], jobs: [JOB] });
  });

  it('counts a dataset whose columns an assertion checks, even one the job only reads', () => {
    const delta = mapped({
      ...run,
      inputs: [
        {
          namespace: 'postgres://db:5432',
          name: 'rentals.public.rental_order',
          inputFacets: {
            dataQualityAssertions: {
              _producer: 'https://polder.invalid/test',
              _schemaURL: 'https://openlineage.io/spec/facets/1-0-1/DataQualityAssertionsDatasetFacet.json',
              assertions: [{ assertion: 'not_null', success: false, column: 'customer_id' }],
            },
          },
        },
      ],
      outputs: [],
    });
    expect(changedByDelta(delta)).toEqual({ datasets: [DATASET('rentals.public.rental_order')], jobs: [JOB] });
  });

  it('is only its job for a run that reads and writes nothing', () => {
    expect(changedByDelta(mapped({ ...run, inputs: [], outputs: [] }))).toEqual({ datasets: [], jobs: [JOB] });
  });
});
