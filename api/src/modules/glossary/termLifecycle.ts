/**
 * The lifecycle of a glossary term:
 *
 *   DRAFT ──submit──► IN_REVIEW ──approve──► APPROVED ──deprecate (with a replacement)──► DEPRECATED
 *     ▲                 │   └──────reject──► REJECTED
 *     └────withdraw─────┘                      │
 *     └──────────────rework────────────────────┘
 *
 * Approving and rejecting is a reviewer's decision (never the submitter's); every
 * other move is an editor's. Every move needs a comment.
 *
 * An edit of an APPROVED term that changes what it means sends it back to IN_REVIEW
 * (as OpenMetadata does): what the reviewers approved is what readers see as approved.
 */
import type { TermStatus } from '@polder/graph-schema';
import { changedContent, type TermContent } from './termContent.ts';

export interface Transition {
  /** Who may make the move: an editor of the glossary, or a reviewer of the term. */
  decidedBy: 'EDITOR' | 'REVIEWER';
  /** The audit action, e.g. `approveGlossaryTerm`. */
  action: string;
  needsReplacement: boolean;
}

const TRANSITIONS: Record<string, Transition> = {
  'DRAFT>IN_REVIEW': { decidedBy: 'EDITOR', action: 'submitGlossaryTerm', needsReplacement: false },
  'IN_REVIEW>DRAFT': { decidedBy: 'EDITOR', action: 'withdrawGlossaryTerm', needsReplacement: false },
  'IN_REVIEW>APPROVED': { decidedBy: 'REVIEWER', action: 'approveGlossaryTerm', needsReplacement: false },
  'IN_REVIEW>REJECTED': { decidedBy: 'REVIEWER', action: 'rejectGlossaryTerm', needsReplacement: false },
  'REJECTED>DRAFT': { decidedBy: 'EDITOR', action: 'reworkGlossaryTerm', needsReplacement: false },
  'APPROVED>DEPRECATED': { decidedBy: 'EDITOR', action: 'deprecateGlossaryTerm', needsReplacement: true },
};

/** The move from `from` to `to`, or a sentence saying why there is none. */
export function transitionOf(from: TermStatus, to: TermStatus): Transition | string {
  const transition = TRANSITIONS[`${from}>${to}`];
  if (transition) return transition;
  const next = Object.keys(TRANSITIONS)
    .filter((key) => key.startsWith(`${from}>`))
    .map((key) => key.split('>')[1]);
  const article = /^[AEIOU]/.test(from) ? 'an' : 'a';
  return `${article} ${from} term cannot become ${to}${next.length ? ` (from ${from} it can become ${next.join(' or ')})` : ` (${from} is final)`}`;
}

/** Whether a term's content (name, definition, ...) may be edited in this status. */
export function contentEditableIn(status: TermStatus): boolean {
  // In review the reviewers must approve what they read; a deprecated term is frozen.
  return status !== 'IN_REVIEW' && status !== 'DEPRECATED';
}

/**
 * The content that says what a term means: its reviewers approved these. Owners and reviewers are
 * governance metadata (who looks after it, who approves it) and change nothing it says; its parent
 * and relations are its place in the glossary, edited apart.
 */
export const MEANING_FIELDS = ['name', 'definition', 'synonyms', 'acronyms', 'examples', 'classifications', 'columnPatterns', 'links', 'customProperties'] as const;

/** The meaning fields an edit changes, in MEANING_FIELDS order, compared as `changedContent` does. */
export function meaningChanges(before: TermContent, after: TermContent): Array<(typeof MEANING_FIELDS)[number]> {
  return changedContent(before, after, MEANING_FIELDS);
}

/** The status a content edit leaves a term in: an APPROVED term whose meaning changed goes back to IN_REVIEW; any other keeps its own. */
export function statusAfterContentEdit(status: TermStatus, changed: readonly string[]): TermStatus {
  return status === 'APPROVED' && changed.length > 0 ? 'IN_REVIEW' : status;
}
