import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { UrnLine } from '@/components/UrnLine';
import { CountFact, DirectoryStatusFact, EmailFact } from '@/components/people/DirectoryFacts';
import { DirectoryStatusBadge } from '@/components/people/DirectoryStatusBadge';
import { OwnedAssetList } from '@/components/people/OwnedAssetList';
import { getPerson, PEOPLE_LIST_PAGE } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import { listOffsets, listPageHref } from '@/lib/urls/listPageHref';
import { personHref } from '@/lib/urls/personHref';
import { teamHref } from '@/lib/urls/teamHref';
import { urnFromPathSegment } from '@/lib/urls/urnFromPathSegment';

// The person comes from the API at request time; no loading.tsx, so an unknown URN answers 404.
export const dynamic = 'force-dynamic';

/** The list of this page read a page at a time; its offset is the URL parameter `?owns=`. */
const LISTS = ['owns'] as const;

interface PersonPageProps {
  /** The person URN as one path segment; see urnFromPathSegment. */
  params: Promise<{ urn: string }>;
  /** `owns`: where the list of what they own starts. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: PersonPageProps): Promise<Metadata> {
  const urn = urnFromPathSegment((await params).urn);
  const { owns } = listOffsets(await searchParams, LISTS);
  // The same read as the page's, which `cache` then answers once.
  const result = urn === null ? undefined : await getPerson(urn, owns);
  return { title: result?.ok && result.data ? `${result.data.name} · People` : 'Person' };
}

/** One person of the directory: who they are and how to reach them, their teams, and everything they answer for. */
export default async function PersonPage({ params, searchParams }: PersonPageProps) {
  const urn = urnFromPathSegment((await params).urn);
  if (urn === null) notFound();
  const offsets = listOffsets(await searchParams, LISTS);
  const result = await getPerson(urn, offsets.owns);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const person = result.data;
  if (!person) notFound();
  const removed = person.status === 'REMOVED';

  return (
    <article className="person-page">
      <header className="dataset-header">
        <p className="eyebrow">Person</p>
        <h1>
          {person.name} <DirectoryStatusBadge status={person.status} />
        </h1>
        {person.title && <p className="dataset-header__qualified">{person.title}</p>}
        <dl className="facts">
          <EmailFact email={person.email} />
          <div>
            <dt>Username</dt>
            <dd>
              <code>{person.id}</code>
            </dd>
          </div>
          <DirectoryStatusFact removed={removed} />
          <CountFact label="Owns" count={person.owns.total} one="asset" other="assets" listId="owns" />
        </dl>
        <UrnLine urn={person.urn} />
      </header>

      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading">
          Teams <Count value={person.teamCount} one="team" other="teams" />
        </h2>
        {person.teamCount === 0 ? (
          <p className="muted">{removed ? 'None: the directory no longer lists them.' : 'In no team of the directory.'}</p>
        ) : (
          <ul className="chips">
            {person.teams.map((team) => (
              <li key={team.urn} className="chip chip--domain">
                <Link href={teamHref(team.urn)}>{team.name}</Link>
              </li>
            ))}
          </ul>
        )}
        {/* Past one page of the API: say so rather than let the list pass for all of them. */}
        {person.teams.length < person.teamCount && (
          <p className="muted">
            The first {formatCount(person.teams.length)} of {formatCount(person.teamCount)} teams, by name.
          </p>
        )}
      </section>

      <OwnedAssetList
        owner={person.name}
        page={person.owns}
        from={offsets.owns}
        pageSize={PEOPLE_LIST_PAGE}
        hrefFor={(offset) => listPageHref(personHref(person.urn), offsets, 'owns', offset)}
        emptyText={removed ? 'Nothing: the directory no longer lists them.' : 'Nothing names them as its owner.'}
      />
    </article>
  );
}
