import { describe, expect, it } from 'vitest';
import type { Role, TokenScope } from '@polder/graph-schema';
import { audiencesOf, audiencesOfAll, audiencesSeenBy, hiddenDomains, maySeeAsset, visibilityParameters, type AssetPlace } from './assetVisibility.ts';
import { isAllowed } from './authorize.ts';
import { anonymousPrincipal, type Principal } from './Principal.ts';

function principal(roles: Role[], domains: string[] = [], scopes: TokenScope[] = ['READ', 'WRITE']): Principal {
  return { account: { username: 'ada', displayName: 'Ada', roles, domains }, via: 'SESSION', scopes };
}

const privateAsset = (domain: string): AssetPlace => ({ domain, domainVisibility: 'private', publishedPort: false });

describe('maySeeAsset', () => {
  // Who sees what, role by role: the rows are callers, the columns assets.
  const ASSETS: Array<[string, AssetPlace]> = [
    ['mesh dataset', { domain: 'rentals', domainVisibility: 'mesh', publishedPort: false }],
    ['finance (private) dataset', privateAsset('finance')],
    ['finance (private) output port', { domain: 'finance', domainVisibility: 'private', publishedPort: true }],
    ['risk (private) dataset', privateAsset('risk')],
    ['asset of no domain', { domain: null, domainVisibility: 'mesh', publishedPort: false }],
  ];
  const MATRIX: Array<[string, Principal, boolean[]]> = [
    //                                                                mesh  finance port  risk   none
    ['anonymous (anonymous read on)', anonymousPrincipal(true), [true, false, true, false, true]],
    ['viewer', principal(['VIEWER']), [true, false, true, false, true]],
    ['viewer member of finance', principal(['VIEWER'], ['finance']), [true, true, true, false, true]],
    ['steward', principal(['STEWARD']), [true, false, true, false, true]],
    ['owner of finance', principal(['DOMAIN_OWNER'], ['finance']), [true, true, true, false, true]],
    ['owner of rentals', principal(['DOMAIN_OWNER'], ['rentals']), [true, false, true, false, true]],
    ['council', principal(['COUNCIL']), [true, true, true, true, true]],
    ['admin', principal(['ADMIN']), [true, true, true, true, true]],
    ['admin through a read-only token', principal(['ADMIN'], [], ['READ']), [true, true, true, true, true]],
    ['owner of finance through a read-only token', principal(['DOMAIN_OWNER'], ['finance'], ['READ']), [true, true, true, false, true]],
  ];

  for (const [who, caller, expected] of MATRIX) {
    it(`decides for ${who}`, () => {
      const decided = Object.fromEntries(ASSETS.map(([name, asset]) => [name, maySeeAsset(caller, asset)]));
      expect(decided).toEqual(Object.fromEntries(ASSETS.map(([name], index) => [name, expected[index]])));
    });

    it(`gives the Cypher parameters that decide the same for ${who}`, () => {
      // visibleInCypher.ts: nothing hidden OR not (the asset's domain is hidden AND it is not a port).
      const privateDomains = [...new Set(ASSETS.filter(([, asset]) => asset.domainVisibility === 'private').map(([, asset]) => asset.domain!))];
      const hidden = hiddenDomains(visibilityParameters(caller), privateDomains);
      const decided = ASSETS.map(([, asset]) => hidden.length === 0 || !(hidden.includes(asset.domain!) && !asset.publishedPort));
      expect(decided).toEqual(expected);
    });
  }
});

describe('visibilityParameters, for sensitive values', () => {
  // The Cypher side of authorize's seeRestricted: the same answer for every caller and domain (null: a dataset of no domain).
  const DOMAINS = ['finance', 'rentals', null];
  const CALLERS: Array<[string, Principal]> = [
    ['anonymous', anonymousPrincipal(true)],
    ['viewer member of finance', principal(['VIEWER'], ['finance'])],
    ['steward', principal(['STEWARD'])],
    ['owner of finance', principal(['DOMAIN_OWNER'], ['finance'])],
    ['owner of finance through a read-only token', principal(['DOMAIN_OWNER'], ['finance'], ['READ'])],
    ['council', principal(['COUNCIL'])],
    ['admin', principal(['ADMIN'])],
  ];
  for (const [who, caller] of CALLERS) {
    it(`agrees with authorize for ${who}`, () => {
      const { restrictedEverywhere, restrictedIn } = visibilityParameters(caller);
      const decided = DOMAINS.map((domain) => restrictedEverywhere || (domain !== null && restrictedIn.includes(domain)));
      expect(decided).toEqual(DOMAINS.map((domain) => isAllowed(caller, { kind: 'seeRestricted', domain })));
    });
  }

  it('sees every domain\'s for stewards and admins, an owner\'s own domains\' for an owner, and none otherwise', () => {
    expect(CALLERS.map(([who, caller]) => [who, visibilityParameters(caller).restrictedEverywhere, visibilityParameters(caller).restrictedIn])).toEqual([
      ['anonymous', false, []],
      ['viewer member of finance', false, []],
      ['steward', true, []],
      ['owner of finance', false, ['finance']],
      ['owner of finance through a read-only token', false, ['finance']],
      ['council', false, []],
      ['admin', true, []],
    ]);
  });
});

describe('hiddenDomains', () => {
  it('hides the private domains the caller is no member of, and none from those who see every domain', () => {
    expect(hiddenDomains({ everyDomain: false, memberOf: ['risk'] }, ['risk', 'hr'])).toEqual(['hr']);
    expect(hiddenDomains({ everyDomain: false, memberOf: [] }, [])).toEqual([]);
    expect(hiddenDomains({ everyDomain: true, memberOf: [] }, ['risk', 'hr'])).toEqual([]);
  });
});

describe('audiencesOf', () => {
  it('names the mesh for mesh assets and ports, the domain for private ones', () => {
    expect(audiencesOf({ domain: 'rentals', domainVisibility: 'mesh', publishedPort: false })).toEqual(['mesh']);
    expect(audiencesOf({ domain: 'finance', domainVisibility: 'private', publishedPort: true })).toEqual(['mesh']);
    expect(audiencesOf(privateAsset('finance'))).toEqual(['domain:finance']);
  });
});

describe('audiencesSeenBy', () => {
  it('is the mesh for anonymous callers, the mesh and memberships for accounts, all for the council and admins', () => {
    expect(audiencesSeenBy(anonymousPrincipal(true))).toEqual(['mesh']);
    expect(audiencesSeenBy(principal(['VIEWER'], ['finance', 'risk']))).toEqual(['mesh', 'domain:finance', 'domain:risk']);
    expect(audiencesSeenBy(principal(['COUNCIL']))).toBe('all');
    expect(audiencesSeenBy(principal(['ADMIN']))).toBe('all');
  });
});

describe('audiencesOfAll', () => {
  it('needs those who may see every one of the assets', () => {
    expect(audiencesOfAll([])).toEqual(['mesh']);
    expect(audiencesOfAll([{ domain: 'rentals', domainVisibility: 'mesh', publishedPort: false }, privateAsset('finance')])).toEqual(['domain:finance']);
    expect(audiencesOfAll([privateAsset('finance'), privateAsset('finance')])).toEqual(['domain:finance']);
    expect(audiencesOfAll([privateAsset('finance'), privateAsset('risk')])).toEqual([]);
  });
});
