import type { Metadata } from 'next';
import Link from 'next/link';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { CrawlRunTable, RunStatus } from '@/components/sources/CrawlRunTable';
import { TriggerCrawlForm } from '@/components/sources/TriggerCrawlForm';
import { getViewer, listSources, SOURCE_RUNS_SHOWN, type SourceSummary } from '@/lib/api';
import { describeSchedule } from '@/lib/format/describeSchedule';
import { formatDateTime } from '@/lib/format/formatDateTime';
import { sourcesDomainParam, sourcesHref } from '@/lib/urls/sourcesHref';

export const metadata: Metadata = { title: 'Sources' };

// Runs change by the minute (a crawl started here shows on the next load): read at request time.
export const dynamic = 'force-dynamic';

interface SourcesPageProps {
  /** `domain`: only the sources of that domain (its id, e.g. `rentals`), as a domain page links them. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Every source the mesh declares (polder.yaml), with its latest crawls; or those of one domain. Admins
 * get a "Run now" per source; the API is what refuses anyone else, the missing button only spares them
 * the refusal.
 */
export default async function SourcesPage({ searchParams }: SourcesPageProps) {
  const domainId = sourcesDomainParam((await searchParams).domain);
  const [result, viewer] = await Promise.all([listSources(), getViewer()]);
  const isAdmin = viewer?.roles.includes('ADMIN') ?? false;
  // The API lists every source (a few dozen at most): the domain's are picked here.
  const sources = result.ok ? (domainId === null ? result.data : result.data.filter((source) => source.domain?.id === domainId)) : [];
  const domainName = result.ok ? (result.data.find((source) => source.domain?.id === domainId)?.domain?.name ?? domainId) : domainId;

  return (
    <section className="sources-page">
      <h1>
        Sources{domainId !== null && ` of ${domainName}`} {result.ok && <Count value={sources.length} one="source" other="sources" />}
      </h1>
      <p className="lede">
        The stores Polder crawls, as <code>polder.yaml</code> declares them, and how their latest crawls went (newest first,
        up to {SOURCE_RUNS_SHOWN} each).
      </p>
      {domainId !== null && (
        <p>
          Only the sources of the {domainName} domain. <Link href={sourcesHref()}>Show every source</Link>
        </p>
      )}
      {!result.ok ? (
        <ApiErrorBanner failure={result.failure} />
      ) : sources.length === 0 ? (
        <p className="muted">{domainId === null ? 'No sources are declared yet: add them to polder.yaml.' : `No source of polder.yaml belongs to the domain "${domainId}".`}</p>
      ) : (
        sources.map((source) => <SourceSection key={source.urn} source={source} isAdmin={isAdmin} />)
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
