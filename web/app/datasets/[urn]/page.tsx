import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { DatasetHeader } from '@/components/dataset/DatasetHeader';
import { DatasetLinkList } from '@/components/dataset/DatasetLinkList';
import { LineagePanel } from '@/components/dataset/LineagePanel';
import { LineagePanelLoading } from '@/components/dataset/LineagePanelLoading';
import { SchemaTable } from '@/components/dataset/SchemaTable';
import { getDataset } from '@/lib/api';
import { urnFromPathSegment } from '@/lib/urls/urnFromPathSegment';

// The dataset comes from the API at request time; never prerender at build.
// (No loading.tsx in this segment either: it would start streaming before
// notFound() runs, and an unknown URN would answer 200 instead of 404.)
export const dynamic = 'force-dynamic';

const LINEAGE_DEPTH = 3;

interface DatasetPageProps {
  /** The dataset URN as one path segment; see urnFromPathSegment. */
  params: Promise<{ urn: string }>;
}

export async function generateMetadata({ params }: DatasetPageProps): Promise<Metadata> {
  const urn = urnFromPathSegment((await params).urn);
  const result = urn === null ? undefined : await getDataset(urn);
  return { title: result?.ok && result.data ? result.data.name : 'Dataset' };
}

export default async function DatasetPage({ params }: DatasetPageProps) {
  const urn = urnFromPathSegment((await params).urn);
  if (urn === null) notFound();
  const result = await getDataset(urn);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const dataset = result.data;
  if (!dataset) notFound();

  return (
    <article className="dataset">
      <DatasetHeader dataset={dataset} />

      <section aria-labelledby="schema-heading">
        <h2 id="schema-heading">
          Schema <Count value={dataset.fields.length} one="column" other="columns" />
        </h2>
        <SchemaTable fields={dataset.fields} labelledBy="schema-heading" />
      </section>

      <section aria-labelledby="lineage-heading">
        <h2 id="lineage-heading">Lineage</h2>
        <div className="lineage-direct">
          <DatasetLinkList title="Upstream" datasets={dataset.upstream} emptyText="Nothing feeds this dataset." />
          <DatasetLinkList title="Downstream" datasets={dataset.downstream} emptyText="Nothing reads from it." />
        </div>
        <h3>Within {LINEAGE_DEPTH} hops</h3>
        <Suspense fallback={<LineagePanelLoading depth={LINEAGE_DEPTH} />}>
          <LineagePanel urn={dataset.urn} depth={LINEAGE_DEPTH} />
        </Suspense>
      </section>
    </article>
  );
}
