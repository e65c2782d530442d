import { describe, expect, it } from 'vitest';

import { sessionExpiredHref, signInHref } from './signInHref';

describe('signInHref', () => {
  it('is the bare page without a way back', () => {
    expect(signInHref()).toEqual('/sign-in');
    expect(signInHref({ next: '/' })).toEqual('/sign-in');
  });

  it('says the session expired and where to return', () => {
    expect(signInHref({ next: '/search?q=customer&type=DATASET', expired: true })).toEqual(
      '/sign-in?expired=1&next=%2Fsearch%3Fq%3Dcustomer%26type%3DDATASET',
    );
  });

  it('drops a next that leaves the site', () => {
    expect(signInHref({ next: '//evil.example' })).toEqual('/sign-in');
  });
});

describe('sessionExpiredHref', () => {
  it('carries the way back', () => {
    expect(sessionExpiredHref('/settings/tokens')).toEqual('/sign-in/expired?next=%2Fsettings%2Ftokens');
    expect(sessionExpiredHref('https://evil.example')).toEqual('/sign-in/expired');
  });
});
