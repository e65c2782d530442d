import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateLineageBatch } from '@polder/crawlers';
import { DEMO_LINEAGE_NAMESPACE, demoLineageEvents } from './demoLineageEvents.ts';

const DIR = join(import.meta.dirname, '../../../demo/openlineage');
const AS_WRITTEN = { rentals: { namespace: DEMO_LINEAGE_NAMESPACE, database: 'rentals' }, finance: { namespace: DEMO_LINEAGE_NAMESPACE, database: 'finance' }, delivery: { namespace: DEMO_LINEAGE_NAMESPACE, database: 'delivery' } };

describe('demoLineageEvents', () => {
  it('reads every demo file as a valid OpenLineage batch: two jobs, three runs each, started and completed', () => {
    const batches = demoLineageEvents(DIR, AS_WRITTEN);
    expect(batches.map(({ file, events }) => [file, events.map((event) => event.eventType)])).toEqual([
      ['finance.load_delivery_commission_invoices.json', ['START', 'COMPLETE', 'START', 'COMPLETE', 'START', 'COMPLETE']],
      ['finance.load_rental_invoices.json', ['START', 'COMPLETE', 'START', 'COMPLETE', 'START', 'COMPLETE']],
    ]);
    for (const { events } of batches) expect(validateLineageBatch(events)).toMatchObject({ ok: true });
  });

  it('moves every dataset, and every column-lineage input, to where the demo databases are', () => {
    const moved = demoLineageEvents(DIR, {
      rentals: { namespace: 'postgres://db:5432', database: 'wl_rentals' },
      finance: { namespace: 'postgres://db:5432', database: 'wl_finance' },
      delivery: { namespace: 'postgres://other:5433', database: 'wl_delivery' },
    });
    const rental = moved.find(({ file }) => file === 'finance.load_rental_invoices.json')!.events[1]!;
    expect(rental.inputs.map((input: { namespace: string; name: string }) => `${input.namespace} ${input.name}`)).toEqual([
      'postgres://db:5432 wl_rentals.public.rental_order',
      'postgres://db:5432 wl_rentals.public.rental_charge',
      'postgres://db:5432 wl_rentals.public.customer',
      'postgres://db:5432 wl_finance.billing.customer_account',
    ]);
    expect(rental.outputs[0].facets.columnLineage.fields.source_reference.inputFields).toEqual([
      { namespace: 'postgres://db:5432', name: 'wl_rentals.public.rental_order', field: 'order_number', transformations: [{ type: 'DIRECT', subtype: 'IDENTITY' }] },
    ]);
    const delivery = moved.find(({ file }) => file === 'finance.load_delivery_commission_invoices.json')!.events[1]!;
    expect(delivery.inputs[0]).toMatchObject({ namespace: 'postgres://other:5433', name: 'wl_delivery.app.orders' });
  });

  it('refuses a demo database that no source crawls, naming it', () => {
    expect(() => demoLineageEvents(DIR, { rentals: AS_WRITTEN.rentals, finance: AS_WRITTEN.finance })).toThrow(
      'finance.load_delivery_commission_invoices.json: delivery.app.orders names the demo database "delivery", which no demo source crawls (known: rentals, finance)',
    );
  });
});
