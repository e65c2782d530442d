import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { Markdown } from '@/components/Markdown';
import { IdentityColumnList } from '@/components/glossary/IdentityColumnList';
import { PolysemeEditors } from '@/components/glossary/PolysemeEditors';
import { OwnerNames } from '@/components/people/OwnerNames';
import { getPolyseme, getViewer, type SenseTerm } from '@/lib/api';
import { mappingKindLabel } from '@/lib/glossary/mappingKinds';
import { senseDomainName, senseLabel } from '@/lib/glossary/senseLabel';
import { glossaryTermHref } from '@/lib/urls/glossaryHref';
import { identityColumnsHref } from '@/lib/urls/identityColumnsHref';
import { urnFromPathSegment } from '@/lib/urls/urnFromPathSegment';
import { UrnLine } from '@/components/UrnLine';

export const dynamic = 'force-dynamic';

interface PolysemePageProps {
  /** The polyseme URN as one path segment; see urnFromPathSegment. */
  params: Promise<{ urn: string }>;
}

export async function generateMetadata({ params }: PolysemePageProps): Promise<Metadata> {
  const urn = urnFromPathSegment((await params).urn);
  const result = urn === null ? undefined : await getPolyseme(urn);
  return { title: result?.ok && result.data ? `${result.data.label} · Polyseme` : 'Polyseme' };
}

export default async function PolysemePage({ params }: PolysemePageProps) {
  const urn = urnFromPathSegment((await params).urn);
  if (urn === null) notFound();
  const [result, viewer] = await Promise.all([getPolyseme(urn), getViewer()]);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const polyseme = result.data;
  if (!polyseme) notFound();
  const senses = [...polyseme.senses].sort((a, b) => senseDomainName(a).localeCompare(senseDomainName(b)));

  return (
    <article className="polyseme">
      <header className="dataset-header">
        <p className="eyebrow">Polyseme · one word, a meaning per domain</p>
        <h1>
          {polyseme.label} <span className={`badge badge--status badge--${polyseme.polysemeStatus.toLowerCase()}`}>{polyseme.polysemeStatus}</span>
        </h1>
        {polyseme.description ? <Markdown text={polyseme.description} className="term-definition" /> : <p className="muted">No description yet.</p>}
        <UrnLine urn={polyseme.urn} />
        {/* Stewards and owners edit terms everywhere else: without this, a page with no edit control reads as a fault. */}
        {viewer && !polyseme.viewerCanGovern && (
          <p className="notice">Only the data council edits polysemes: the word, its senses and the mappings between them.</p>
        )}
      </header>

      <PolysemeEditors polyseme={polyseme} />

      <section aria-labelledby="senses-heading">
        <h2 id="senses-heading">
          Senses <Count value={senses.length} one="sense" other="senses" />
        </h2>
        {senses.length === 0 ? (
          <p className="muted">No senses yet.</p>
        ) : (
          <ul className="sense-grid plain-list">
            {senses.map((sense) => (
              <li key={sense.urn}>
                <SenseCard sense={sense} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mappings-heading">
        <h2 id="mappings-heading">
          Mappings <Count value={polyseme.mappings.length} one="mapping" other="mappings" />
        </h2>
        {polyseme.mappings.length === 0 ? (
          <p className="muted">No mappings between the senses yet.</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="mappings-heading" tabIndex={0}>
            <table className="data-table mapping-table">
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">Kind</th>
                  <th scope="col">To</th>
                  <th scope="col">Join rule</th>
                  <th scope="col">Agreed by</th>
                </tr>
              </thead>
              <tbody>
                {polyseme.mappings.map((mapping) => (
                  <tr key={`${mapping.from.urn}→${mapping.to.urn}`}>
                    <td>
                      <Link href={glossaryTermHref(mapping.from.urn)}>{senseLabel(mapping.from)}</Link>
                    </td>
                    <td>{mappingKindLabel(mapping.kind)}</td>
                    <td>
                      <Link href={glossaryTermHref(mapping.to.urn)}>{senseLabel(mapping.to)}</Link>
                    </td>
                    <td>
                      <code className="join-rule">{mapping.rule}</code>
                    </td>
                    <td>{mapping.agreedBy.length ? mapping.agreedBy.join(', ') : <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}

function SenseCard({ sense }: { sense: SenseTerm }) {
  const headingId = `sense-${sense.glossary.replace(/[^\w-]/g, '_')}`;
  return (
    <section className="sense-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {/* Its domain first (what tells the senses apart), then its own name, which may differ from the word's. */}
        {senseDomainName(sense)}: <Link href={glossaryTermHref(sense.urn)}>{sense.name}</Link>{' '}
        <span className="muted sense-card__status">{sense.termStatus.replace('_', ' ').toLowerCase()}</span>
      </h3>
      {sense.definition ? <Markdown text={sense.definition} className="term-definition" /> : <p className="muted">No definition yet.</p>}
      <dl className="sense-card__facts">
        <dt>Owners</dt>
        <dd>{sense.ownerEntries.length ? <OwnerNames owners={sense.ownerEntries} /> : <span className="muted">—</span>}</dd>
        <dt>Identity columns</dt>
        <dd>
          <IdentityColumnList fields={sense.identityFields} />
        </dd>
      </dl>
      {/* The council edits the polyseme here, but a sense's identity columns are its domain's, edited on its term page. */}
      {sense.viewerCanEdit && (
        <p className="form__hint">
          <Link href={identityColumnsHref(sense.urn)}>
            Edit the identity columns<span className="visually-hidden"> of {senseLabel(sense)}</span>
          </Link>{' '}
          on its term page.
        </p>
      )}
    </section>
  );
}
