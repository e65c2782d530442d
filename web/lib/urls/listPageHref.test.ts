import { describe, expect, it } from 'vitest';

import { listOffsets, listPageHref } from './listPageHref';

const PAGE = '/teams/urn%3Apolder%3Ateam%3Aerp';

describe('listOffsets', () => {
  it('reads each list offset leniently, and only the lists named', () => {
    expect(listOffsets({ members: '50', owns: 'x', other: '7' }, ['members', 'owns'])).toEqual({ members: 50, owns: 0 });
    expect(listOffsets({ owns: ['100', '50'] }, ['owns'])).toEqual({ owns: 100 });
  });
});

describe('listPageHref', () => {
  it('moves one list and keeps the others where they were', () => {
    expect(listPageHref(PAGE, { members: 50, owns: 0 }, 'owns', 100)).toEqual(`${PAGE}?members=50&owns=100#owns`);
  });

  it('leaves first pages out of the URL', () => {
    expect(listPageHref(PAGE, { members: 0, owns: 50 }, 'owns', 0)).toEqual(`${PAGE}#owns`);
  });
});
