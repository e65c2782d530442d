import { describe, expect, it } from 'vitest';
import type { Role, TokenScope } from '@polder/graph-schema';
import { authorize, mayChangeSomething, type Action } from './authorize.ts';
import { anonymousPrincipal, type Principal } from './Principal.ts';

function principal(roles: Role[], domains: string[] = [], scopes: TokenScope[] = ['READ', 'WRITE']): Principal {
  return { account: { username: 'ada', displayName: 'Ada', roles, domains }, via: 'SESSION', scopes };
}

const rentals = (kind: 'editAsset' | 'assignTerms' | 'seeRestricted' | 'seeCrawlDetails'): Action => ({ kind, domain: 'rentals' });
const finance = (kind: 'editAsset' | 'assignTerms' | 'seeRestricted' | 'seeCrawlDetails'): Action => ({ kind, domain: 'finance' });

describe('authorize', () => {
  // Who may do what, role by role: the rows are roles, the columns actions.
  const ACTIONS: Array<[string, Action]> = [
    ['read', { kind: 'read' }],
    ['edit rentals asset', rentals('editAsset')],
    ['edit finance asset', finance('editAsset')],
    ['edit asset of no domain', { kind: 'editAsset', domain: null }],
    ['assign terms in rentals', rentals('assignTerms')],
    ['assign terms in finance', finance('assignTerms')],
    ['see restricted rentals values', rentals('seeRestricted')],
    ['see restricted finance values', finance('seeRestricted')],
    ['see why rentals crawls failed', rentals('seeCrawlDetails')],
    ['see why finance crawls failed', finance('seeCrawlDetails')],
    ['push lineage', { kind: 'ingestLineage' }],
    ['manage sources', { kind: 'manageSources' }],
    ['manage accounts', { kind: 'manageAccounts' }],
    ['preview policies', { kind: 'previewPolicies' }],
    ['change anything', { kind: 'change' }],
  ];
  const MATRIX: Array<[string, Principal, boolean[]]> = [
    //                                              read  edR    edF    edNone termsR termsF seeR   seeF   crawlR crawlF lineage srcs   accts  policies change
    ['anonymous (anonymous read on)', anonymousPrincipal(true), [true, false, false, false, false, false, false, false, false, false, false, false, false, false, false]],
    ['anonymous (anonymous read off)', anonymousPrincipal(false), [false, false, false, false, false, false, false, false, false, false, false, false, false, false, false]],
    ['viewer', principal(['VIEWER']), [true, false, false, false, false, false, false, false, false, false, false, false, false, false, true]],
    ['steward', principal(['STEWARD']), [true, false, false, false, true, true, true, true, false, false, false, false, false, false, true]],
    ['owner of rentals', principal(['DOMAIN_OWNER'], ['rentals']), [true, true, false, false, true, false, true, false, true, false, true, false, false, true, true]],
    ['council', principal(['COUNCIL']), [true, false, false, false, false, false, false, false, false, false, false, false, false, true, true]],
    ['admin', principal(['ADMIN']), [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true]],
    ['admin through a read-only token', principal(['ADMIN'], [], ['READ']), [true, false, false, false, false, false, true, true, true, true, false, false, false, true, false]],
    ['owner of rentals through a read-only token', principal(['DOMAIN_OWNER'], ['rentals'], ['READ']), [true, false, false, false, false, false, true, false, true, false, false, false, false, true, false]],
  ];

  for (const [who, caller, expected] of MATRIX) {
    it(`decides for ${who}`, () => {
      const decided = Object.fromEntries(ACTIONS.map(([name, action]) => [name, authorize(caller, action).allowed]));
      expect(decided).toEqual(Object.fromEntries(ACTIONS.map(([name], index) => [name, expected[index]])));
    });
  }

  it('asks an anonymous caller to sign in, and tells a signed-in one why not', () => {
    expect(authorize(anonymousPrincipal(false), { kind: 'read' })).toEqual({
      allowed: false,
      code: 'UNAUTHENTICATED',
      reason: 'sign in or send an API token: this catalog does not allow anonymous reading',
    });
    // A read that needs an account is not a change, and is not called one.
    expect(authorize(anonymousPrincipal(true), { kind: 'previewPolicies' })).toEqual({ allowed: false, code: 'UNAUTHENTICATED', reason: 'sign in or send an API token first' });
    expect(authorize(anonymousPrincipal(true), rentals('editAsset'))).toEqual({ allowed: false, code: 'UNAUTHENTICATED', reason: 'sign in or send an API token to make changes' });
    expect(authorize(principal(['DOMAIN_OWNER'], ['rentals']), finance('editAsset'))).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      reason: 'ada may not edit assets of domain "finance": only its domain owners and admins may',
    });
    // An asset of no domain has no owners to send anyone to.
    expect(authorize(principal(['DOMAIN_OWNER', 'STEWARD'], ['rentals']), { kind: 'editAsset', domain: null })).toMatchObject({
      reason: 'ada may not edit assets of no domain: only admins may',
    });
    expect(authorize(principal(['DOMAIN_OWNER'], ['rentals']), { kind: 'assignTerms', domain: null })).toMatchObject({
      reason: 'ada may not assign terms or classifications on assets of no domain: only stewards and admins may',
    });
    expect(authorize(principal(['ADMIN'], [], ['READ']), rentals('editAsset'))).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      reason: 'this API token is read-only (scope WRITE missing)',
    });
  });
});

describe('authorize: glossary and polysemes', () => {
  const review: Action = { kind: 'reviewGlossaryTerm', reviewers: ['ada', 'bob'], requestedBy: 'bob' };
  const ACTIONS: Array<[string, Action]> = [
    ['edit enterprise term', { kind: 'editGlossaryTerm', domain: null }],
    ['edit rentals term or sense', { kind: 'editGlossaryTerm', domain: 'rentals' }],
    ['edit finance term or sense', { kind: 'editGlossaryTerm', domain: 'finance' }],
    ['govern polysemes', { kind: 'governPolysemes' }],
    ['review a term ada reviews', review],
    ['review a term ada submitted', { kind: 'reviewGlossaryTerm', reviewers: ['ada', 'bob'], requestedBy: 'ada' }],
    ['review a term ada does not review', { kind: 'reviewGlossaryTerm', reviewers: ['bob'], requestedBy: 'carl' }],
  ];
  const MATRIX: Array<[string, Principal, boolean[]]> = [
    //                                                editEnt editR  editF  govern review ownReq notRev
    ['anonymous (anonymous read on)', anonymousPrincipal(true), [false, false, false, false, false, false, false, false]],
    ['viewer', principal(['VIEWER']), [false, false, false, false, true, false, false, false]],
    ['steward', principal(['STEWARD']), [true, true, true, false, true, false, false, false]],
    ['owner of rentals', principal(['DOMAIN_OWNER'], ['rentals']), [false, true, false, false, true, false, false, true]],
    ['council', principal(['COUNCIL']), [true, false, false, true, true, false, false, true]],
    ['admin', principal(['ADMIN']), [true, true, true, true, true, false, false, true]],
    ['admin through a read-only token', principal(['ADMIN'], [], ['READ']), [false, false, false, false, false, false, false, true]],
  ];

  for (const [who, caller, expected] of MATRIX) {
    it(`decides for ${who}`, () => {
      const decided = Object.fromEntries(ACTIONS.map(([name, action]) => [name, authorize(caller, action).allowed]));
      expect(decided).toEqual(Object.fromEntries(ACTIONS.map(([name], index) => [name, expected[index]])));
    });
  }

  it('says why a requester, a non-reviewer, the council and a domain owner are refused', () => {
    expect(authorize(principal(['ADMIN']), { kind: 'reviewGlossaryTerm', reviewers: ['ada'], requestedBy: 'ada' })).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      reason: 'ada submitted this term for review and may not decide on it: another reviewer must',
    });
    expect(authorize(principal(['STEWARD']), { kind: 'reviewGlossaryTerm', reviewers: ['bob'], requestedBy: null })).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      reason: 'ada may not approve or reject this term: only its reviewers (bob) may',
    });
    expect(authorize(principal(['COUNCIL']), { kind: 'editGlossaryTerm', domain: 'rentals' })).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      reason: 'ada may not edit the glossary of domain "rentals": only its domain owners, stewards and admins may',
    });
    expect(authorize(principal(['DOMAIN_OWNER'], ['rentals']), { kind: 'governPolysemes' })).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      reason: 'ada may not change the global part of a polyseme (label, senses, mappings): only the council and admins may',
    });
  });
});

describe('mayChangeSomething', () => {
  const account = (roles: Role[], domains: string[] = []) => ({ username: 'ada', displayName: 'Ada', roles, domains });

  it('answers, role by role, whether any change at all is allowed', () => {
    const accounts: Array<[string, Role[], string[]]> = [
      ['viewer', ['VIEWER'], []],
      ['viewer and member of a private domain', ['VIEWER'], ['risk']],
      ['no role at all', [], []],
      ['steward', ['STEWARD'], []],
      ['owner of rentals', ['DOMAIN_OWNER'], ['rentals']],
      ['owner of no domain yet (pushes lineage)', ['DOMAIN_OWNER'], []],
      ['council', ['COUNCIL'], []],
      ['admin', ['ADMIN'], []],
      ['viewer who is also a steward', ['VIEWER', 'STEWARD'], []],
    ];
    expect(Object.fromEntries(accounts.map(([who, roles, domains]) => [who, mayChangeSomething(account(roles, domains))]))).toEqual({
      viewer: false,
      'viewer and member of a private domain': false,
      'no role at all': false,
      steward: true,
      'owner of rentals': true,
      'owner of no domain yet (pushes lineage)': true,
      council: true,
      admin: true,
      'viewer who is also a steward': true,
    });
  });

  it('does not count a review, which naming a reviewer grants whatever their roles', () => {
    const viewer = account(['VIEWER']);
    expect(authorize({ account: viewer, via: 'SESSION', scopes: ['READ', 'WRITE'] }, { kind: 'reviewGlossaryTerm', reviewers: ['ada'], requestedBy: null }).allowed).toBe(true);
    expect(mayChangeSomething(viewer)).toBe(false);
  });
});
