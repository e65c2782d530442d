import type { Metadata } from 'next';
import Link from 'next/link';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { Markdown } from '@/components/Markdown';
import { ValueChips } from '@/components/dataset/ValueChips';
import { TermStatusForm } from '@/components/glossary/edit/TermStatusForm';
import { TermStatusBadge } from '@/components/glossary/TermStatusBadge';
import { getGlossaryReviewQueue, getGlossaryTerm, getViewer, REVIEW_QUEUE_LIMIT, type ReviewQueueTerm } from '@/lib/api';
import { glossaryLabel } from '@/lib/glossary/glossaryLabel';
import { termStatusLabel } from '@/lib/glossary/termMoves';
import { currentPath } from '@/lib/session/currentPath';
import { glossaryHref, glossaryTermHref } from '@/lib/urls/glossaryHref';
import { signInHref } from '@/lib/urls/signInHref';

export const metadata: Metadata = { title: 'Review queue · Glossary' };

export const dynamic = 'force-dynamic';

interface ReviewPageProps {
  /** `decided`: the URN of the term just approved or rejected here. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The terms in review the signed-in person may decide (a reviewer named on
 * the term who did not submit it, as the API answers), oldest submission
 * first, each with approve and reject and the comment a decision needs.
 */
export default async function GlossaryReviewPage({ searchParams }: ReviewPageProps) {
  const decidedParam = (await searchParams).decided;
  const decidedUrn = typeof decidedParam === 'string' && decidedParam.startsWith('urn:') ? decidedParam : null;
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <section className="review-page">
        <h1>Review queue</h1>
        <p className="notice">
          <Link href={signInHref({ next: await currentPath() })}>Sign in</Link> to see the glossary terms waiting for your review.
        </p>
      </section>
    );
  }
  const [queue, decided] = await Promise.all([getGlossaryReviewQueue(), decidedUrn ? getGlossaryTerm(decidedUrn) : null]);

  return (
    <section className="review-page">
      <p className="eyebrow">
        <Link href={glossaryHref()}>Glossary</Link>
      </p>
      <h1>Review queue {queue.ok && <Count value={queue.data.length} one="term" other="terms" />}</h1>
      <p className="lede">
        Glossary terms submitted for review that you may approve or reject: you are one of their reviewers and did not
        submit them. Oldest first{queue.ok && queue.data.length === REVIEW_QUEUE_LIMIT ? `; the first ${REVIEW_QUEUE_LIMIT} are shown` : ''}.
      </p>
      {decided?.ok && decided.data && (
        <p className="notice" role="status">
          <Link href={glossaryTermHref(decided.data.urn)}>{decided.data.name}</Link> is now {termStatusLabel(decided.data.termStatus)}.
        </p>
      )}
      {!queue.ok ? (
        <ApiErrorBanner failure={queue.failure} />
      ) : queue.data.length === 0 ? (
        <p className="muted">Nothing waits for your review.</p>
      ) : (
        <ul className="plain-list review-queue">
          {queue.data.map((term) => (
            <li key={term.urn}>
              <ReviewCard term={term} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewCard({ term }: { term: ReviewQueueTerm }) {
  const headingId = `review-${term.urn.replace(/[^\w-]/g, '_')}`;
  const decisions = term.viewerCanMoveTo.filter((to) => to === 'APPROVED' || to === 'REJECTED');
  return (
    <section className="review-card" aria-labelledby={headingId}>
      <p className="eyebrow">{glossaryLabel(term)}</p>
      <h2 id={headingId} className="review-card__title">
        <Link href={glossaryTermHref(term.urn)}>{term.name}</Link> <TermStatusBadge status={term.termStatus} />
      </h2>
      {term.definition ? <Markdown text={term.definition} className="term-definition" /> : <p className="muted">No definition.</p>}
      <dl className="review-card__facts">
        <div>
          <dt>Synonyms</dt>
          <dd>
            <ValueChips values={term.synonyms} label={`synonyms of ${term.name}`} />
          </dd>
        </div>
        <div>
          <dt>Submitted by</dt>
          <dd>{term.reviewRequestedBy ?? <span className="muted">—</span>}</dd>
        </div>
      </dl>
      <TermStatusForm
        urn={term.urn}
        version={term.version}
        status={term.termStatus}
        moves={decisions}
        from="queue"
        termName={term.name}
        emptyText="You may not decide on this term."
      />
    </section>
  );
}
