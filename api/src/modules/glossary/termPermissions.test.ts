import { describe, expect, it } from 'vitest';
import type { Role, TokenScope } from '@polder/graph-schema';
import { anonymousPrincipal, type Principal } from '../access/Principal.ts';
import { mayEditTermContent, termMovesAllowed, type TermPermissionFacts } from './termPermissions.ts';

function principal(username: string, roles: Role[], domains: string[] = [], scopes: TokenScope[] = ['READ', 'WRITE']): Principal {
  return { account: { username, displayName: username, roles, domains }, via: 'SESSION', scopes };
}

const ada = principal('ada', ['DOMAIN_OWNER'], ['rentals']);
const bob = principal('bob', ['VIEWER']);
const steward = principal('sam', ['STEWARD']);
const financeOwner = principal('fay', ['DOMAIN_OWNER'], ['finance']);
const admin = principal('root', ['ADMIN']);
const rentalsTerm = (facts: Partial<TermPermissionFacts>): TermPermissionFacts => ({ glossary: 'rentals', termStatus: 'DRAFT', reviewers: ['bob'], reviewRequestedBy: null, ...facts });

describe('termMovesAllowed', () => {
  it('follows a term through its lifecycle: editors submit, withdraw, rework and deprecate; reviewers approve and reject', () => {
    expect(termMovesAllowed(ada, rentalsTerm({}))).toEqual(['IN_REVIEW']);
    expect(termMovesAllowed(bob, rentalsTerm({}))).toEqual([]);
    const inReview = rentalsTerm({ termStatus: 'IN_REVIEW', reviewRequestedBy: 'ada' });
    expect(termMovesAllowed(ada, inReview)).toEqual(['DRAFT']);
    expect(termMovesAllowed(bob, inReview)).toEqual(['APPROVED', 'REJECTED']);
    expect(termMovesAllowed(ada, rentalsTerm({ termStatus: 'REJECTED' }))).toEqual(['DRAFT']);
    expect(termMovesAllowed(ada, rentalsTerm({ termStatus: 'APPROVED' }))).toEqual(['DEPRECATED']);
    expect(termMovesAllowed(bob, rentalsTerm({ termStatus: 'APPROVED' }))).toEqual([]);
    expect(termMovesAllowed(ada, rentalsTerm({ termStatus: 'DEPRECATED' }))).toEqual([]);
  });

  it('lets no one decide on a term they submitted, admins included, and no one outside its reviewers', () => {
    const submittedByBob = rentalsTerm({ termStatus: 'IN_REVIEW', reviewers: ['bob', 'root'], reviewRequestedBy: 'bob' });
    expect(termMovesAllowed(bob, submittedByBob)).toEqual([]);
    expect(termMovesAllowed(admin, submittedByBob)).toEqual(['DRAFT', 'APPROVED', 'REJECTED']);
    expect(termMovesAllowed(admin, rentalsTerm({ termStatus: 'IN_REVIEW', reviewers: ['bob'], reviewRequestedBy: 'ada' }))).toEqual(['DRAFT']);
  });

  it('offers submitting only once a reviewer other than the caller is named', () => {
    expect(termMovesAllowed(ada, rentalsTerm({ reviewers: [] }))).toEqual([]);
    expect(termMovesAllowed(ada, rentalsTerm({ reviewers: ['ada'] }))).toEqual([]);
    expect(termMovesAllowed(ada, rentalsTerm({ reviewers: ['ada', 'bob'] }))).toEqual(['IN_REVIEW']);
  });

  it('gives an editor moves only in the glossaries they edit, and none through a read-only token or anonymously', () => {
    expect(termMovesAllowed(steward, rentalsTerm({}))).toEqual(['IN_REVIEW']);
    expect(termMovesAllowed(steward, rentalsTerm({ glossary: 'enterprise' }))).toEqual(['IN_REVIEW']);
    expect(termMovesAllowed(financeOwner, rentalsTerm({}))).toEqual([]);
    expect(termMovesAllowed(ada, rentalsTerm({ glossary: 'enterprise' }))).toEqual([]);
    expect(termMovesAllowed(principal('ada', ['DOMAIN_OWNER'], ['rentals'], ['READ']), rentalsTerm({}))).toEqual([]);
    expect(termMovesAllowed(principal('bob', ['VIEWER'], [], ['READ']), rentalsTerm({ termStatus: 'IN_REVIEW', reviewRequestedBy: 'ada' }))).toEqual([]);
    expect(termMovesAllowed(anonymousPrincipal(true), rentalsTerm({}))).toEqual([]);
  });
});

describe('mayEditTermContent', () => {
  it('lets an editor of the glossary change the content of a term that is not in review nor deprecated', () => {
    const statuses = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'DEPRECATED'] as const;
    expect(statuses.map((termStatus) => mayEditTermContent(ada, rentalsTerm({ termStatus })))).toEqual([true, false, true, true, false]);
    expect(statuses.map((termStatus) => mayEditTermContent(bob, rentalsTerm({ termStatus })))).toEqual([false, false, false, false, false]);
    expect(mayEditTermContent(financeOwner, rentalsTerm({}))).toBe(false);
    expect(mayEditTermContent(steward, rentalsTerm({ glossary: 'enterprise' }))).toBe(true);
    expect(mayEditTermContent(anonymousPrincipal(true), rentalsTerm({}))).toBe(false);
  });
});
