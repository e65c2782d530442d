import { describe, expect, it } from 'vitest';

import { describeSearchParamCuts } from './describeSearchParamCuts';

describe('describeSearchParamCuts', () => {
  it('says how long the query was and how much of it is searched', () => {
    expect(describeSearchParamCuts({ queryLength: 1200 })).toEqual(['Your search was 1,200 characters long; only its first 512 are searched.']);
  });

  it('says, for each field, how many values were given and how many are applied', () => {
    expect(
      describeSearchParamCuts({
        filterValueCounts: [
          { field: 'tag', given: 101 },
          { field: 'term', given: 250 },
        ],
      }),
    ).toEqual([
      'Only the first 100 of the 101 Tag values given are applied: a filter takes at most 100.',
      'Only the first 100 of the 250 Glossary term values given are applied: a filter takes at most 100.',
    ]);
  });

  it('says nothing when nothing was cut', () => {
    expect(describeSearchParamCuts({})).toEqual([]);
  });
});
