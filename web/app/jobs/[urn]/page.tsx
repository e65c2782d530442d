import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { Markdown } from '@/components/Markdown';
import { SqlBlock } from '@/components/SqlBlock';
import { DatasetLinkList } from '@/components/dataset/DatasetLinkList';
import { RunTable } from '@/components/jobs/RunTable';
import { getJob, JOB_DATASETS_PAGE } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import { type JobList, jobListHref, jobListOffsets } from '@/lib/urls/jobListHref';
import { urnFromPathSegment } from '@/lib/urls/urnFromPathSegment';
import { UrnLine } from '@/components/UrnLine';

// The job comes from the API at request time; no loading.tsx, so an unknown URN answers 404.
export const dynamic = 'force-dynamic';

interface JobPageProps {
  /** The job URN as one path segment; see urnFromPathSegment. */
  params: Promise<{ urn: string }>;
  /** `inputs`, `outputs`: where each of those lists starts (jobListHref). */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: JobPageProps): Promise<Metadata> {
  const urn = urnFromPathSegment((await params).urn);
  const offsets = jobListOffsets(await searchParams);
  // The same read as the page's, which `cache` then answers once.
  const result = urn === null ? undefined : await getJob(urn, offsets.inputs, offsets.outputs);
  return { title: result?.ok && result.data ? `${result.data.name} · Jobs` : 'Job' };
}

/** One job, as OpenLineage reports it: what it does, the SQL it runs, its newest runs, and the datasets it reads and writes. */
export default async function JobPage({ params, searchParams }: JobPageProps) {
  const urn = urnFromPathSegment((await params).urn);
  if (urn === null) notFound();
  const offsets = jobListOffsets(await searchParams);
  const result = await getJob(urn, offsets.inputs, offsets.outputs);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const job = result.data;
  if (!job) notFound();
  const listPage = (list: JobList) => ({ id: list, from: offsets[list], pageSize: JOB_DATASETS_PAGE, hrefFor: (offset: number) => jobListHref(job.urn, offsets, list, offset) });

  return (
    <article className="job-page">
      <header className="dataset-header">
        <p className="eyebrow">Job · {job.namespace}</p>
        <h1>{job.name}</h1>
        {job.description ? <Markdown text={job.description} className="dataset-header__description" /> : <p className="muted">No description yet.</p>}
        <dl className="facts">
          <div>
            <dt>Namespace</dt>
            <dd>
              <code>{job.namespace}</code>
            </dd>
          </div>
          <div>
            <dt>Reads</dt>
            <dd>
              <a href="#inputs">
                {formatCount(job.inputCount)} {job.inputCount === 1 ? 'dataset' : 'datasets'}
              </a>
            </dd>
          </div>
          <div>
            <dt>Writes</dt>
            <dd>
              <a href="#outputs">
                {formatCount(job.outputCount)} {job.outputCount === 1 ? 'dataset' : 'datasets'}
              </a>
            </dd>
          </div>
        </dl>
        <UrnLine urn={job.urn} />
      </header>

      <section aria-labelledby="sql-heading">
        <h2 id="sql-heading">SQL</h2>
        {job.sql ? <SqlBlock sql={job.sql} /> : <p className="muted">Its producer reports no SQL.</p>}
      </section>

      <section aria-labelledby="runs-heading" id="runs">
        <h2 id="runs-heading">
          Recent runs <Count value={job.runs.length} one="run" other="runs" />
        </h2>
        <RunTable runs={job.runs} labelledBy="runs-heading" emptyText="No runs reported yet." />
      </section>

      <section aria-labelledby="inputs-heading">
        <DatasetLinkList title="Inputs" page={{ total: job.inputCount, datasets: job.inputs }} {...listPage('inputs')} emptyText="It reads no dataset the catalog knows." sectionHeadingId="inputs-heading" />
      </section>
      <section aria-labelledby="outputs-heading">
        <DatasetLinkList title="Outputs" page={{ total: job.outputCount, datasets: job.outputs }} {...listPage('outputs')} emptyText="It writes no dataset the catalog knows." sectionHeadingId="outputs-heading" />
      </section>
    </article>
  );
}
