import type { TermStatus } from '../api/schemaEnums';

/** A term status in words, as its badge shows it: `IN_REVIEW` → `IN REVIEW`. */
export function termStatusLabel(status: string): string {
  return status.replace(/_/g, ' ');
}

/** The button that moves a term from `from` to `to`, in the reader's words. */
export function termMoveLabel(from: TermStatus, to: TermStatus): string {
  switch (to) {
    case 'IN_REVIEW':
      return 'Submit for review';
    case 'DRAFT':
      return from === 'IN_REVIEW' ? 'Withdraw from review' : 'Back to draft';
    case 'APPROVED':
      return 'Approve';
    case 'REJECTED':
      return 'Reject';
    case 'DEPRECATED':
      return 'Deprecate';
  }
}

/** What a person reads once the move is made. */
export function termMovedMessage(to: TermStatus): string {
  switch (to) {
    case 'IN_REVIEW':
      return 'Submitted for review: its reviewers decide now; it cannot be edited meanwhile.';
    case 'DRAFT':
      return 'Back to draft: it can be edited again.';
    case 'APPROVED':
      return 'Approved.';
    case 'REJECTED':
      return 'Rejected: its editors can take it back to draft and rework it.';
    case 'DEPRECATED':
      return 'Deprecated: readers are sent to its replacement.';
  }
}

/** The statuses a term moves to, as the form may send them. */
export const TERM_STATUSES: readonly TermStatus[] = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'DEPRECATED'];

export function isTermStatus(value: unknown): value is TermStatus {
  return typeof value === 'string' && (TERM_STATUSES as readonly string[]).includes(value);
}
