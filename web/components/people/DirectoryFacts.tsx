import { formatCount } from '@/lib/format/formatCount';

/**
 * The facts a person's and a team's pages both state about an entry of the directory, each one `facts`
 * row (`<dl className="facts">`): how to write to them, whether the directory still lists them, and how
 * many of something they have, linking to the list of it further down the page.
 */
export function EmailFact({ email }: { email: string | null }) {
  return (
    <div>
      <dt>E-mail</dt>
      <dd>{email ? <a href={`mailto:${email}`}>{email}</a> : <span className="muted">Not known</span>}</dd>
    </div>
  );
}

export function DirectoryStatusFact({ removed }: { removed: boolean }) {
  return (
    <div>
      <dt>Status</dt>
      <dd>{removed ? 'Removed from the directory' : 'Active'}</dd>
    </div>
  );
}

export function CountFact({ label, count, one, other, listId }: { label: string; count: number; one: string; other: string; listId: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <a href={`#${listId}`}>
          {formatCount(count)} {count === 1 ? one : other}
        </a>
      </dd>
    </div>
  );
}
