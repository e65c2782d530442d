import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { Markdown } from '@/components/Markdown';
import { ValueChips } from '@/components/dataset/ValueChips';
import { GlossaryTermEditors } from '@/components/glossary/GlossaryTermEditors';
import { IdentityColumnList } from '@/components/glossary/IdentityColumnList';
import { TermLinkList } from '@/components/glossary/TermLinkList';
import { TermHistorySection } from '@/components/glossary/TermHistorySection';
import { TermCarriersSection } from '@/components/glossary/TermCarriersSection';
import { TermStatusBadge } from '@/components/glossary/TermStatusBadge';
import { OwnerNames } from '@/components/people/OwnerNames';
import { getGlossaryTerm, getIdentityFieldChoices, getReplacementCandidates, getTermCarriers, type TermRelationEntry } from '@/lib/api';
import { glossaryLabel } from '@/lib/glossary/glossaryLabel';
import { glossaryHref, glossaryTermHref, polysemeHref } from '@/lib/urls/glossaryHref';
import { identityColumnsParams } from '@/lib/urls/identityColumnsHref';
import { offsetParam } from '@/lib/urls/offsetParam';
import { urnFromPathSegment } from '@/lib/urls/urnFromPathSegment';
import { UrnLine } from '@/components/UrnLine';

export const dynamic = 'force-dynamic';

interface TermPageProps {
  /** The term URN as one path segment; see urnFromPathSegment. */
  params: Promise<{ urn: string }>;
  /**
   * `carriers`: the offset of the first dataset carrying it to list (glossaryTermHref);
   * `identityDataset`, `identityDatasetQuery`: the identity columns editor's choice (identityColumnsHref).
   */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: TermPageProps): Promise<Metadata> {
  const urn = urnFromPathSegment((await params).urn);
  const result = urn === null ? undefined : await getGlossaryTerm(urn);
  return { title: result?.ok && result.data ? `${result.data.name} · Glossary` : 'Glossary term' };
}

/** How a relation reads from this term, in words. */
const RELATION_LABELS: Record<string, string> = {
  isA: 'Is a kind of',
  hasKinds: 'Has kinds',
  hasA: 'Has part',
  partOf: 'Part of',
  relatedTo: 'Related to',
  replacedBy: 'Replaced by',
  replaces: 'Replaces',
  antonyms: 'Antonym of',
  seeAlso: 'See also',
  seenFrom: 'Referred to from',
};

export default async function GlossaryTermPage({ params, searchParams }: TermPageProps) {
  const urn = urnFromPathSegment((await params).urn);
  if (urn === null) notFound();
  const query = await searchParams;
  const carriersFrom = offsetParam(query.carriers);
  const result = await getGlossaryTerm(urn);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const term = result.data;
  if (!term) notFound();
  // Only an editor about to deprecate it needs the terms that could replace it, and only an editor
  // of a sense the datasets and columns of its domain, to choose its identity columns from.
  const [carriers, replacements, identityChoices] = await Promise.all([
    getTermCarriers(term.urn, carriersFrom),
    term.viewerCanMoveTo.includes('DEPRECATED') ? getReplacementCandidates(term.glossary, term.urn) : null,
    term.viewerCanEdit && term.senseOf && term.domain ? getIdentityFieldChoices(term.domain.name, identityColumnsParams(query)) : null,
  ]);

  return (
    <article className="glossary-term">
      <header className="dataset-header">
        <p className="eyebrow">
          Glossary term · <Link href={glossaryHref(term.glossary)}>{glossaryLabel(term)}</Link>
        </p>
        <h1>
          {term.name} <TermStatusBadge status={term.termStatus} />
        </h1>
        {term.definition ? <Markdown text={term.definition} className="term-definition" /> : <p className="muted">No definition yet.</p>}
        <dl className="facts facts--wide">
          <div>
            <dt>Synonyms</dt>
            <dd>
              <ValueChips values={term.synonyms} label="synonyms" />
            </dd>
          </div>
          <div>
            <dt>Acronyms</dt>
            <dd>
              <ValueChips values={term.acronyms} label="acronyms" />
            </dd>
          </div>
          <div>
            <dt>Owners</dt>
            <dd>{term.ownerEntries.length ? <OwnerNames owners={term.ownerEntries} /> : <span className="muted">—</span>}</dd>
          </div>
          <div>
            <dt>Reviewers</dt>
            <dd>{term.reviewers.length ? term.reviewers.join(', ') : <span className="muted">—</span>}</dd>
          </div>
          {term.termStatus === 'IN_REVIEW' && term.reviewRequestedBy && (
            <div>
              <dt>Submitted by</dt>
              <dd>{term.reviewRequestedBy}</dd>
            </div>
          )}
          <div>
            <dt>Classifications</dt>
            <dd>
              <ValueChips values={term.classifications} label="classifications" />
            </dd>
          </div>
          <div>
            <dt>Column patterns</dt>
            <dd>
              <ValueChips values={term.columnPatterns} label="column patterns" />
            </dd>
          </div>
          <div>
            <dt>Links</dt>
            <dd>
              <TermLinkList links={term.links} />
            </dd>
          </div>
          {term.parent && (
            <div>
              <dt>Parent</dt>
              <dd>
                <Link href={glossaryTermHref(term.parent.urn)}>{term.parent.name}</Link>
              </dd>
            </div>
          )}
          {term.senseOf && (
            <>
              <div>
                <dt>Sense of</dt>
                <dd>
                  <Link href={polysemeHref(term.senseOf.urn)}>{term.senseOf.label}</Link>
                </dd>
              </div>
              <div>
                <dt>Identity columns</dt>
                <dd>
                  <IdentityColumnList fields={term.identityFields} />
                </dd>
              </div>
            </>
          )}
        </dl>
        <UrnLine urn={term.urn} />
      </header>

      <GlossaryTermEditors term={term} replacements={replacements} identityChoices={identityChoices} />

      {term.examples.length > 0 && (
        <section aria-labelledby="examples-heading">
          <h2 id="examples-heading">Examples</h2>
          <ul>
            {term.examples.map((example) => (
              <li key={example}>{example}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="relations-heading">
        <h2 id="relations-heading">
          Relations <Count value={term.relations.length + term.childCount} one="relation" other="relations" />
        </h2>
        <RelationList relations={term.relations} childTerms={term.children} childCount={term.childCount} />
      </section>

      <TermCarriersSection termUrn={term.urn} carriers={carriers} from={carriersFrom} />

      <TermHistorySection history={term.history} />
    </article>
  );
}

function RelationList({ relations, childTerms, childCount }: { relations: TermRelationEntry[]; childTerms: Array<{ urn: string; name: string }>; childCount: number }) {
  if (relations.length === 0 && childCount === 0) return <p className="muted">No relations to other terms.</p>;
  return (
    <ul className="plain-list relation-list">
      {relations.map((relation) => (
        <li key={`${relation.name}:${relation.term.urn}`}>
          <span className="relation-list__kind">{RELATION_LABELS[relation.name] ?? relation.name}</span>{' '}
          <Link href={glossaryTermHref(relation.term.urn)}>{relation.term.name}</Link>
          <span className="muted">
            {' '}
            · {relation.term.glossary} · {relation.provenance.toLowerCase()}
            {relation.relationStatus !== 'ACTIVE' && ` · ${relation.relationStatus.toLowerCase()}`}
          </span>
        </li>
      ))}
      {childTerms.map((child) => (
        <li key={`child:${child.urn}`}>
          <span className="relation-list__kind">Groups</span> <Link href={glossaryTermHref(child.urn)}>{child.name}</Link>
        </li>
      ))}
      {childCount > childTerms.length && (
        <li className="muted">
          …and {(childCount - childTerms.length).toLocaleString('en')} more terms grouped under it: the first {childTerms.length.toLocaleString('en')} are listed, by name.
        </li>
      )}
    </ul>
  );
}
