import { termStatusLabel } from '@/lib/glossary/termMoves';

/** A term's lifecycle status in words (never colour alone), e.g. `IN REVIEW`. */
export function TermStatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--status badge--${status.toLowerCase()}`}>{termStatusLabel(status)}</span>;
}
