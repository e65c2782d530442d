import Link from 'next/link';

import { personHref } from '@/lib/urls/personHref';

/** People of the directory (a team's members), each to their page, with their job title. */
export function PersonLinkList({ people }: { people: ReadonlyArray<{ urn: string; name: string; title: string | null }> }) {
  return (
    <ul>
      {people.map((person) => (
        <li key={person.urn}>
          <Link href={personHref(person.urn)}>{person.name}</Link>
          {person.title && <span className="link-list__meta">{person.title}</span>}
        </li>
      ))}
    </ul>
  );
}
