import type { Metadata } from 'next';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { CrawlRunTable, RunStatus } from '@/components/sources/CrawlRunTable';
import { TriggerCrawlForm } from '@/components/sources/TriggerCrawlForm';
import { getViewer, listSources, SOURCE_RUNS_SHOWN, type SourceSummary } from '@/lib/api';
import { describeSchedule } from '@/lib/format/describeSchedule';
import { formatDateTime } from '@/lib/format/formatDateTime';

export const metadata: Metadata = { title: 'Sources' };

// Runs change by the minute (a crawl started here shows on the next load): read at request time.
export const dynamic = 'force-dynamic';

/**
 * Every source the mesh declares (polder.yaml), with its latest crawls. Admins
 * get a "Run now" per source; the API is what refuses anyone else, the missing
 * button only spares them the refusal.
 */
export default async function SourcesPage() {
  const [result, viewer] = await Promise.all([listSources(), getViewer()]);
  const isAdmin = viewer?.roles.includes('ADMIN') ?? false;

  return (
    <section className="sources-page">
      <h1>Sources {result.ok && <Count value={result.data.length} one="source" other="sources" />}</h1>
      <p className="lede">
        The stores Polder crawls, as <code>polder.yaml</code> declares them, and how their latest crawls went (newest first,
        up to {SOURCE_RUNS_SHOWN} each).
      </p>
      {!result.ok ? (
        <ApiErrorBanner failure={result.failure} />
      ) : result.data.length === 0 ? (
        <p className="muted">No sources are declared yet: add them to polder.yaml.</p>
      ) : (
        result.data.map((source) => <SourceSection key={source.urn} source={source} isAdmin={isAdmin} />)
      )}
    </section>
  );
}

function SourceSection({ source, isAdmin }: { source: SourceSummary; isAdmin: boolean }) {
  const headingId = `source-${source.id}`;
  const runsHeadingId = `source-${source.id}-runs`;
  return (
    <section className="source-card" aria-labelledby={headingId}>
      <div className="source-card__header">
        <h2 id={headingId} className="source-card__title">
          {source.id}
        </h2>
        {isAdmin && <TriggerCrawlForm sourceId={source.id} />}
      </div>
      <dl className="facts">
        <div>
          <dt>Kind</dt>
          <dd>{source.kind}</dd>
        </div>
        <div>
          <dt>Domain</dt>
          <dd>{source.domain?.name ?? '—'}</dd>
        </div>
        <div>
          <dt>Schedule</dt>
          <dd>{source.schedule ? <Schedule cron={source.schedule} /> : 'On demand'}</dd>
        </div>
        <div>
          <dt>Last run</dt>
          <dd>{source.lastRunStatus ? <RunStatus status={source.lastRunStatus} /> : 'Never'}</dd>
        </div>
        <div>
          <dt>Last ended</dt>
          <dd>{source.lastRunAt ? formatDateTime(source.lastRunAt) : '—'}</dd>
        </div>
      </dl>
      <h3 id={runsHeadingId} className="source-card__runs-heading">
        Latest runs of {source.id}
      </h3>
      <CrawlRunTable runs={source.runs} labelledBy={runsHeadingId} />
    </section>
  );
}

/** A crawl schedule in words, with its cron expression as polder.yaml holds it. */
function Schedule({ cron }: { cron: string }) {
  const words = describeSchedule(cron);
  if (words === null) return <code>{cron}</code>;
  return (
    <>
      {words}
      <span className="facts__note">
        <code>{cron}</code>
      </span>
    </>
  );
}
