import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { Markdown } from '@/components/Markdown';
import { OffsetPager } from '@/components/OffsetPager';
import { UrnLine } from '@/components/UrnLine';
import { CountFact, DirectoryStatusFact, EmailFact } from '@/components/people/DirectoryFacts';
import { DirectoryStatusBadge } from '@/components/people/DirectoryStatusBadge';
import { OwnedAssetList } from '@/components/people/OwnedAssetList';
import { PersonLinkList } from '@/components/people/PersonLinkList';
import { getTeam, PEOPLE_LIST_PAGE } from '@/lib/api';
import { listOffsets, listPageHref } from '@/lib/urls/listPageHref';
import { teamHref } from '@/lib/urls/teamHref';
import { urnFromPathSegment } from '@/lib/urls/urnFromPathSegment';

// The team comes from the API at request time; no loading.tsx, so an unknown URN answers 404.
export const dynamic = 'force-dynamic';

/** The lists of this page read a page at a time; each one's offset is a URL parameter named after it. */
const LISTS = ['members', 'owns'] as const;

interface TeamPageProps {
  /** The team URN as one path segment; see urnFromPathSegment. */
  params: Promise<{ urn: string }>;
  /** `members`, `owns`: where each of those lists starts. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: TeamPageProps): Promise<Metadata> {
  const urn = urnFromPathSegment((await params).urn);
  const offsets = listOffsets(await searchParams, LISTS);
  // The same read as the page's, which `cache` then answers once.
  const result = urn === null ? undefined : await getTeam(urn, offsets.members, offsets.owns);
  return { title: result?.ok && result.data ? `${result.data.name} · Teams` : 'Team' };
}

/** One team of the directory: what it does and how to reach it, its members, and everything it answers for. */
export default async function TeamPage({ params, searchParams }: TeamPageProps) {
  const urn = urnFromPathSegment((await params).urn);
  if (urn === null) notFound();
  const offsets = listOffsets(await searchParams, LISTS);
  const result = await getTeam(urn, offsets.members, offsets.owns);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const team = result.data;
  if (!team) notFound();
  const removed = team.status === 'REMOVED';
  const hrefFor = (list: (typeof LISTS)[number]) => (offset: number) => listPageHref(teamHref(team.urn), offsets, list, offset);

  return (
    <article className="team-page">
      <header className="dataset-header">
        <p className="eyebrow">Team</p>
        <h1>
          {team.name} <DirectoryStatusBadge status={team.status} />
        </h1>
        {team.description ? <Markdown text={team.description} className="dataset-header__description" /> : <p className="muted">No description yet.</p>}
        <dl className="facts">
          <EmailFact email={team.email} />
          <DirectoryStatusFact removed={removed} />
          <CountFact label="Members" count={team.memberCount} one="person" other="people" listId="members" />
          <CountFact label="Owns" count={team.owns.total} one="asset" other="assets" listId="owns" />
        </dl>
        <UrnLine urn={team.urn} />
      </header>

      <section aria-labelledby="members-heading" id="members" className="link-list">
        <h2 id="members-heading">
          Members <Count value={team.memberCount} one="member" other="members" />
        </h2>
        {team.memberCount === 0 ? (
          <p className="muted">{removed ? 'None: the directory no longer lists the team.' : 'Nobody, as the directory has it.'}</p>
        ) : (
          <PersonLinkList people={team.members} />
        )}
        <OffsetPager
          label={`Pages of the members of ${team.name}`}
          total={team.memberCount}
          from={offsets.members}
          shown={team.members.length}
          pageSize={PEOPLE_LIST_PAGE}
          hrefFor={hrefFor('members')}
        />
      </section>

      <OwnedAssetList
        owner={team.name}
        page={team.owns}
        from={offsets.owns}
        pageSize={PEOPLE_LIST_PAGE}
        hrefFor={hrefFor('owns')}
        emptyText={removed ? 'Nothing: the directory no longer lists the team.' : 'Nothing names the team as its owner.'}
      />
    </article>
  );
}
