/**
 * The demo's OpenLineage events (demo/openlineage/*.json): finance's pipelines that
 * load its invoices from rentals' and delivery's orders. They name the demo's
 * PostgreSQL as producers name it (`postgres://127.0.0.1:54329`, `rentals.public.rental_order`);
 * `stores` says where each demo database really is, so the events land on the
 * crawled tables wherever the demo's PostgreSQL runs (another port, a test's database names).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The server the event files name. */
export const DEMO_LINEAGE_NAMESPACE = 'postgres://127.0.0.1:54329';

/** Where a demo database (`rentals`, `finance`, `delivery`) is: its server's OpenLineage namespace and its database name. */
export type DemoStores = Record<string, { namespace: string; database: string }>;

type Json = Record<string, any>;

/** Every event of the demo, one batch per file, in file name order; a database `stores` does not name is an error. */
export function demoLineageEvents(dir: string, stores: DemoStores): Array<{ file: string; events: Json[] }> {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const events = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json[];
      const place = (dataset: Json) => relocate(dataset, stores, file);
      for (const event of events) {
        for (const dataset of [...(event.inputs ?? []), ...(event.outputs ?? [])]) {
          place(dataset);
          for (const lineage of Object.values<Json>(dataset.facets?.columnLineage?.fields ?? {})) lineage.inputFields?.forEach(place);
        }
      }
      return { file, events };
    });
}

/** Moves one dataset reference (`{namespace, name}`) to where its database is. */
function relocate(dataset: Json, stores: DemoStores, file: string): void {
  if (dataset.namespace !== DEMO_LINEAGE_NAMESPACE) return;
  const [database, ...rest] = (dataset.name as string).split('.');
  const store = stores[database!];
  if (!store) throw new Error(`${file}: ${dataset.name} names the demo database "${database}", which no demo source crawls (known: ${Object.keys(stores).join(', ')})`);
  dataset.namespace = store.namespace;
  dataset.name = [store.database, ...rest].join('.');
}
