import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { NewTermForm } from '@/components/glossary/edit/NewTermForm';
import { getGlossariesToAddTo, getGlossary, getViewer } from '@/lib/api';
import { currentPath } from '@/lib/session/currentPath';
import { glossaryHref, newGlossaryTermHref } from '@/lib/urls/glossaryHref';
import { signInHref } from '@/lib/urls/signInHref';

export const dynamic = 'force-dynamic';

interface NewTermPageProps {
  /** `glossary`: `enterprise` or a domain id. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const glossaryIdOf = (value: string | string[] | undefined) => (typeof value === 'string' && value !== '' ? value : null);

export async function generateMetadata({ searchParams }: NewTermPageProps): Promise<Metadata> {
  const id = glossaryIdOf((await searchParams).glossary);
  const result = id === null ? undefined : await getGlossary(id);
  return { title: result?.ok && result.data ? `New term · ${result.data.name}` : 'New glossary term' };
}

/** The form for a new term of one glossary, for those the API lets create terms there. */
export default async function NewGlossaryTermPage({ searchParams }: NewTermPageProps) {
  const id = glossaryIdOf((await searchParams).glossary);
  // "New term" from anywhere but a glossary's page: which glossary is the first question.
  if (id === null) return <GlossaryChoicePage />;
  const [result, viewer, here] = await Promise.all([getGlossary(id), getViewer(), currentPath()]);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const glossary = result.data;
  if (!glossary) notFound();

  return (
    <section className="glossary-form-page">
      <p className="eyebrow">
        <Link href={glossaryHref(glossary.id)}>{glossary.name}</Link>
      </p>
      <h1>New term</h1>
      {glossary.viewerCanCreateTerms ? (
        <>
          <p className="lede">It starts as a draft: edit it as long as you need, then submit it for review.</p>
          <NewTermForm glossary={glossary.id} parents={glossary.terms.map((term) => ({ urn: term.urn, name: term.name }))} />
        </>
      ) : viewer ? (
        <p className="notice">You may not add terms to the {glossary.name}: ask one of its editors (its domain’s owners, or a steward).</p>
      ) : (
        <p className="notice">
          <Link href={signInHref({ next: here })}>Sign in</Link> to add a term to the {glossary.name}.
        </p>
      )}
    </section>
  );
}

/** The glossaries the viewer may add a term to, each opening its form; or why there are none. */
async function GlossaryChoicePage() {
  const [result, viewer, here] = await Promise.all([getGlossariesToAddTo(), getViewer(), currentPath()]);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const glossaries = result.data;
  return (
    <section className="glossary-form-page">
      <p className="eyebrow">
        <Link href="/glossary">Glossary</Link>
      </p>
      <h1>New term</h1>
      {glossaries.length > 0 ? (
        <>
          <p className="lede">Which glossary is it for?</p>
          <ul className="link-list" aria-label="Glossaries you may add terms to">
            {glossaries.map((glossary) => (
              <li key={glossary.id}>
                <Link href={newGlossaryTermHref(glossary.id)}>{glossary.name}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : viewer ? (
        <p className="notice">You may not add terms to any glossary: ask one of its editors (its domain’s owners, or a steward).</p>
      ) : (
        <p className="notice">
          <Link href={signInHref({ next: here })}>Sign in</Link> to add a term to a glossary.
        </p>
      )}
    </section>
  );
}
