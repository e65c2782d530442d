import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { ColumnClassificationsControl } from '@/components/dataset/ColumnClassificationsControl';
import { ColumnEditors, DatasetEditors } from '@/components/dataset/DatasetEditors';
import { DatasetGovernance } from '@/components/dataset/DatasetGovernance';
import { DatasetHeader } from '@/components/dataset/DatasetHeader';
import { DatasetLinkList } from '@/components/dataset/DatasetLinkList';
import { DatasetProfileLoading } from '@/components/dataset/DatasetProfileLoading';
import { DatasetProfilePanel } from '@/components/dataset/DatasetProfilePanel';
import { DatasetSensitivity } from '@/components/dataset/DatasetSensitivity';
import { ColumnTermsControl, DatasetTermAssignment } from '@/components/dataset/DatasetTermAssignment';
import { DatasetQualityLoading } from '@/components/dataset/DatasetQualityLoading';
import { DatasetQualityPanel } from '@/components/dataset/DatasetQualityPanel';
import { HistorySection } from '@/components/dataset/HistorySection';
import { LineagePanel } from '@/components/dataset/LineagePanel';
import { LineagePanelLoading } from '@/components/dataset/LineagePanelLoading';
import { SchemaTable } from '@/components/dataset/SchemaTable';
import { RunTable } from '@/components/jobs/RunTable';
import { LineageViewForm } from '@/components/lineage/LineageViewForm';
import { OffsetPager } from '@/components/OffsetPager';
import { DATASET_COLUMN_PAGE, DATASET_LIST_PAGE, DATASET_RUNS_SHOWN, getAssignableTerms, getChanges, getClassificationChoices, getDatasetFrom, getDatasetProfile, getDatasetQuality, getLineage, getLineageLimits } from '@/lib/api';
import { classificationChoices } from '@/lib/classification/classificationChoices';
import { lineageDepthCap, MAX_LINEAGE_DEPTH, parseLineageDepth } from '@/lib/lineage/lineageDepth';
import { parseLineageLevel } from '@/lib/lineage/lineageLevel';
import { datasetHref } from '@/lib/urls/datasetHref';
import { datasetListHref, datasetListOffsets, type DatasetList } from '@/lib/urls/datasetListHref';
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
  /**
   * `depth`: hops of lineage to show each way; `level=columns`: column lineage; `column`: the column whose path to highlight;
   * `columns`, `upstream`, `downstream`, `partitions`: where each of those lists starts (datasetListHref).
   */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: DatasetPageProps): Promise<Metadata> {
  const urn = urnFromPathSegment((await params).urn);
  // The same read as the page's, which `cache` then answers once.
  const result = urn === null ? undefined : await getDatasetFrom(urn, datasetListOffsets(await searchParams));
  return { title: result?.ok && result.data ? result.data.name : 'Dataset' };
}

export default async function DatasetPage({ params, searchParams }: DatasetPageProps) {
  const urn = urnFromPathSegment((await params).urn);
  if (urn === null) notFound();
  const query = await searchParams;
  // The API refuses a walk deeper than its cap: the depth and the control keep within it.
  const apiMaxDepth = (await getLineageLimits())?.maxDepth ?? MAX_LINEAGE_DEPTH;
  const depth = parseLineageDepth(query.depth, apiMaxDepth);
  const level = parseLineageLevel(query.level);
  const column = typeof query.column === 'string' ? query.column : null;
  const offsets = datasetListOffsets(query);
  // Trust and quality are one more query, asked now, in parallel with the
  // dataset, and streamed in below (DatasetQualityPanel awaits it). The catch
  // only marks it handled should the page end first (a 404); the panel still
  // sees the outcome.
  const quality = getDatasetQuality(urn);
  quality.catch(() => undefined);
  // The column profiles likewise, streamed in after the schema, for the same page of columns.
  const profile = getDatasetProfile(urn, offsets.columns);
  profile.catch(() => undefined);
  // And the lineage walk, the slowest of them (hundreds of nodes), so it does not wait for the dataset first.
  const lineage = getLineage(urn, depth, { level });
  lineage.catch(() => undefined);
  // The history is read with the dataset, not streamed: it is short, and it
  // must be there without JS right after an edit.
  const [result, changes] = await Promise.all([getDatasetFrom(urn, offsets), getChanges(urn, HISTORY_LIMIT)]);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const dataset = result.data;
  if (!dataset) notFound();
  // The approved terms to offer, only to those who may assign them; without them the control is left out.
  const [assignable, catalogClassifications] = dataset.viewerCanAssignTerms ? await Promise.all([getAssignableTerms(), getClassificationChoices()]) : [null, null];
  const termOptions = assignable?.ok ? assignable.data : null;
  // Likewise the classifications to offer; should the catalog's not be read, those of this page still are.
  const classificationOptions = catalogClassifications ? classificationChoices(catalogClassifications.ok ? catalogClassifications.data : [], dataset) : null;
  const listPage = (list: DatasetList) => ({ from: offsets[list], pageSize: DATASET_LIST_PAGE, hrefFor: (offset: number) => datasetListHref(dataset.urn, query, list, offset), id: list });

  return (
    <article className="dataset">
      <DatasetHeader dataset={dataset} />
      <DatasetGovernance dataset={dataset} />
      <DatasetEditors dataset={dataset} />
      {termOptions && <DatasetTermAssignment dataset={dataset} options={termOptions} />}
      <DatasetSensitivity dataset={dataset} options={classificationOptions} />

      <Suspense fallback={<DatasetQualityLoading />}>
        <DatasetQualityPanel quality={quality} />
      </Suspense>

      <section aria-labelledby="schema-heading" id="columns">
        <h2 id="schema-heading">
          Schema <Count value={dataset.fieldCount} one="column" other="columns" />
        </h2>
        {/* Past the last column (an old link to a page of a table that lost columns) the pager says where the list ends. */}
        {(dataset.fields.length > 0 || dataset.fieldCount === 0) && (
          <SchemaTable
            fields={dataset.fields}
            labelledBy="schema-heading"
            termsControl={termOptions ? (field) => <ColumnTermsControl datasetUrn={dataset.urn} field={field} options={termOptions} /> : undefined}
            editControl={dataset.viewerCanEdit ? (field) => <ColumnEditors field={field} /> : undefined}
            classificationsControl={classificationOptions ? (field) => <ColumnClassificationsControl datasetUrn={dataset.urn} field={field} options={classificationOptions} /> : undefined}
          />
        )}
        <OffsetPager
          label="Pages of columns"
          total={dataset.fieldCount}
          from={offsets.columns}
          shown={dataset.fields.length}
          pageSize={DATASET_COLUMN_PAGE}
          hrefFor={(offset) => datasetListHref(dataset.urn, query, 'columns', offset)}
        />
      </section>

      {dataset.partitions.total > 0 && (
        <section aria-labelledby="partitions-heading">
          <DatasetLinkList
            title="Partitions"
            page={dataset.partitions}
            {...listPage('partitions')}
            emptyText=""
            sectionHeadingId="partitions-heading"
            noun={{ one: 'partition', other: 'partitions' }}
          />
        </section>
      )}

      <Suspense fallback={<DatasetProfileLoading />}>
        <DatasetProfilePanel profile={profile} />
      </Suspense>

      <section aria-labelledby="lineage-heading" id="lineage">
        <h2 id="lineage-heading">Lineage</h2>
        <div className="lineage-direct">
          <DatasetLinkList title="Upstream" page={dataset.upstream} {...listPage('upstream')} emptyText="Nothing feeds this dataset." />
          <DatasetLinkList title="Downstream" page={dataset.downstream} {...listPage('downstream')} emptyText="Nothing reads from it." />
        </div>
        <div className="lineage-toolbar">
          <h3>
            {level === 'FIELD' ? 'Columns within' : 'Within'} {depth} {depth === 1 ? 'hop' : 'hops'}
          </h3>
          <LineageViewForm action={datasetHref(dataset.urn)} level={level} depth={depth} maxDepth={lineageDepthCap(apiMaxDepth)} />
        </div>
        <Suspense key={`${level}:${depth}`} fallback={<LineagePanelLoading depth={depth} level={level} />}>
          <LineagePanel lineage={lineage} name={dataset.name} depth={depth} level={level} column={column} />
        </Suspense>
      </section>

      {/* Left out for a dataset no job touches (nearly every crawled table): an empty section says nothing. */}
      {dataset.runs.length > 0 && (
        <section aria-labelledby="runs-heading" id="runs">
          <h2 id="runs-heading">
            Runs <Count value={dataset.runs.length} one="run" other="runs" />
          </h2>
          <p className="muted">The newest runs of the jobs that write or read it (up to {DATASET_RUNS_SHOWN}), as OpenLineage reports them.</p>
          <RunTable runs={dataset.runs} labelledBy="runs-heading" emptyText="" />
        </section>
      )}

      <HistorySection changes={changes} limit={HISTORY_LIMIT} />
    </article>
  );
}
