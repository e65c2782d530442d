import type { Metadata } from 'next';
import Link from 'next/link';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { SharedWordsSection } from '@/components/glossary/SharedWordsSection';
import { TermTree } from '@/components/glossary/TermTree';
import { getGlossaries, getViewer, GLOSSARY_TERMS_LIMIT, REVIEW_QUEUE_LIMIT, type GlossaryTreeFields } from '@/lib/api';
import { buildTermTree } from '@/lib/glossary/buildTermTree';
import { glossaryReviewHref, glossarySectionId, newGlossaryTermHref } from '@/lib/urls/glossaryHref';

export const metadata: Metadata = { title: 'Glossary' };

// Terms change as stewards work: read at request time.
export const dynamic = 'force-dynamic';

/**
 * The enterprise glossary and one per domain, each with its term tree (terms
 * under their parent), status badges, and, for those who may, a way to add a
 * term. Signed-in people see how many terms wait for their review.
 */
export default async function GlossaryPage() {
  const [result, viewer] = await Promise.all([getGlossaries(), getViewer()]);
  if (!result.ok) {
    return (
      <section className="glossary-page">
        <h1>Glossary</h1>
        <ApiErrorBanner failure={result.failure} />
      </section>
    );
  }
  const { glossaries, sharedWords, unsharedWords, waitingForReview } = result.data;
  return (
    <section className="glossary-page">
      <div className="glossary-page__header">
        <h1>Glossary</h1>
        {viewer && (
          <p className="glossary-page__queue">
            <Link href={glossaryReviewHref()}>Your review queue</Link>{' '}
            <Count value={waitingForReview} one="term waits for your review" other="terms wait for your review" />
            {waitingForReview === REVIEW_QUEUE_LIMIT && ' or more'}
          </p>
        )}
      </div>
      <p className="lede">
        The business terms of the mesh: the enterprise glossary, agreed across domains, and each domain’s own. A term is
        drafted, submitted for review, and approved by a reviewer other than whoever submitted it.
      </p>
      {glossaries.map((glossary) => (
        <GlossarySection key={glossary.id} glossary={glossary} />
      ))}
      <SharedWordsSection sharedWords={sharedWords} unsharedWords={unsharedWords} />
    </section>
  );
}

function GlossarySection({ glossary }: { glossary: GlossaryTreeFields }) {
  const headingId = glossarySectionId(glossary.id);
  const tree = buildTermTree(glossary.terms);
  return (
    <section className="glossary-card" aria-labelledby={headingId}>
      <div className="glossary-card__header">
        <h2 id={headingId} className="glossary-card__title">
          {glossary.name} <Count value={glossary.termCount} one="term" other="terms" />
        </h2>
        {glossary.viewerCanCreateTerms && (
          <Link href={newGlossaryTermHref(glossary.id)} className="button button--secondary button--small">
            New term<span className="visually-hidden"> in the {glossary.name}</span>
          </Link>
        )}
      </div>
      {tree.length === 0 ? <p className="muted">No terms yet.</p> : <TermTree nodes={tree} labelledBy={headingId} />}
      {glossary.termCount > glossary.terms.length && (
        <p className="muted">
          Showing the first {Math.min(glossary.terms.length, GLOSSARY_TERMS_LIMIT)} of {glossary.termCount} terms, by name; search finds the others.
        </p>
      )}
    </section>
  );
}
