import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { DatasetEditors } from '@/components/dataset/DatasetEditors';
import { DatasetGovernance } from '@/components/dataset/DatasetGovernance';
import { DatasetHeader } from '@/components/dataset/DatasetHeader';
import { DatasetLinkList } from '@/components/dataset/DatasetLinkList';
import { HistorySection } from '@/components/dataset/HistorySection';
import { LineagePanel } from '@/components/dataset/LineagePanel';
import { LineagePanelLoading } from '@/components/dataset/LineagePanelLoading';
import { QualitySection } from '@/components/dataset/QualitySection';
import { SchemaTable } from '@/components/dataset/SchemaTable';
import { TrustSection } from '@/components/dataset/TrustSection';
import { LineageDepthForm } from '@/components/lineage/LineageDepthForm';
import { getChanges, getDataset, getDatasetQuality } from '@/lib/api';
import { parseLineageDepth } from '@/lib/lineage/lineageDepth';
import { datasetHref } from '@/lib/urls/datasetHref';
import { urnFromPathSegment } from '@/lib/urls/urnFromPathSegment';

// The dataset comes from the API at request time; never prerender at build.
// (No loading.tsx in this segment either: it would start streaming before
// notFound() runs, and an unknown URN would answer 200 instead of 404.)
export const dynamic = 'force-dynamic';

/** Enough history to see who has been at it lately; the API keeps all of it. */
const HISTORY_LIMIT = 20;

interface DatasetPageProps {
  /** The dataset URN as one path segment; see urnFromPathSegment. */
  params: Promise<{ urn: string }>;
  /** `depth`: hops of lineage to show each way. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: DatasetPageProps): Promise<Metadata> {
  const urn = urnFromPathSegment((await params).urn);
  const result = urn === null ? undefined : await getDataset(urn);
  return { title: result?.ok && result.data ? result.data.name : 'Dataset' };
}

export default async function DatasetPage({ params, searchParams }: DatasetPageProps) {
  const urn = urnFromPathSegment((await params).urn);
  if (urn === null) notFound();
  const depth = parseLineageDepth((await searchParams).depth);
  // The history is read with the dataset, not streamed: it is short, and it
  // must be there without JS right after an edit.
  // Trust and quality are one more query, asked in parallel: small, and the
  // page is about whether the dataset can be relied on.
  const [result, changes, quality] = await Promise.all([getDataset(urn), getChanges(urn, HISTORY_LIMIT), getDatasetQuality(urn)]);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const dataset = result.data;
  if (!dataset) notFound();

  return (
    <article className="dataset">
      <DatasetHeader dataset={dataset} />
      <DatasetGovernance dataset={dataset} />
      <DatasetEditors dataset={dataset} />

      {quality.ok ? (
        quality.data && (
          <>
            <TrustSection trust={quality.data.trust} />
            <QualitySection checks={quality.data.qualityChecks} incidents={quality.data.incidents} />
          </>
        )
      ) : (
        <ApiErrorBanner failure={quality.failure} />
      )}

      <section aria-labelledby="schema-heading">
        <h2 id="schema-heading">
          Schema <Count value={dataset.fields.length} one="column" other="columns" />
        </h2>
        <SchemaTable fields={dataset.fields} labelledBy="schema-heading" />
      </section>

      <section aria-labelledby="lineage-heading" id="lineage">
        <h2 id="lineage-heading">Lineage</h2>
        <div className="lineage-direct">
          <DatasetLinkList title="Upstream" datasets={dataset.upstream} emptyText="Nothing feeds this dataset." />
          <DatasetLinkList title="Downstream" datasets={dataset.downstream} emptyText="Nothing reads from it." />
        </div>
        <div className="lineage-toolbar">
          <h3>Within {depth} {depth === 1 ? 'hop' : 'hops'}</h3>
          <LineageDepthForm action={datasetHref(dataset.urn)} depth={depth} />
        </div>
        <Suspense key={depth} fallback={<LineagePanelLoading depth={depth} />}>
          <LineagePanel urn={dataset.urn} depth={depth} />
        </Suspense>
      </section>

      <HistorySection changes={changes} limit={HISTORY_LIMIT} />
    </article>
  );
}
