/**
 * What a caller may do to one term now: the authorization rules (authorize.ts)
 * combined with where the term is in its lifecycle (termLifecycle.ts). The
 * service enforces the same two checks on every write; these answers only
 * spare the UI buttons that would be refused. For example, with reviewers
 * ["bob"], a DRAFT term of the rentals glossary gives its domain owner ada
 * [IN_REVIEW]; once ada submitted it, bob gets [APPROVED, REJECTED] and ada
 * [DRAFT] (withdraw).
 */
import { TERM_STATUSES, type TermStatus } from '@polder/graph-schema';
import { isAllowed } from '../access/authorize.ts';
import type { Principal } from '../access/Principal.ts';
import { domainOfGlossary } from './glossary.service.ts';
import { contentEditableIn, transitionOf } from './termLifecycle.ts';

/** The parts of a term the rules look at. */
export interface TermPermissionFacts {
  /** `enterprise` or a domain id. */
  glossary: string;
  termStatus: TermStatus;
  reviewers: readonly string[];
  /** Who submitted it for review last. */
  reviewRequestedBy: string | null;
}

/** Whether the caller may change the term's content (name, definition, synonyms, ...) in its current status. */
export function mayEditTermContent(principal: Principal, term: TermPermissionFacts): boolean {
  return contentEditableIn(term.termStatus) && isAllowed(principal, { kind: 'editGlossaryTerm', domain: domainOfGlossary(term.glossary) });
}

/**
 * The statuses the caller may move the term to from its current one, in
 * lifecycle order. Submitting needs a reviewer other than the caller (the
 * service refuses it otherwise), so it is left out until one is named.
 */
export function termMovesAllowed(principal: Principal, term: TermPermissionFacts): TermStatus[] {
  const username = principal.account?.username ?? null;
  return TERM_STATUSES.filter((to) => {
    const transition = transitionOf(term.termStatus, to);
    if (typeof transition === 'string') return false;
    if (transition.decidedBy === 'REVIEWER') return isAllowed(principal, { kind: 'reviewGlossaryTerm', reviewers: term.reviewers, requestedBy: term.reviewRequestedBy });
    if (!isAllowed(principal, { kind: 'editGlossaryTerm', domain: domainOfGlossary(term.glossary) })) return false;
    return to !== 'IN_REVIEW' || term.reviewers.some((reviewer) => reviewer !== username);
  });
}
