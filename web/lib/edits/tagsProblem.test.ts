import { describe, expect, it } from 'vitest';

import { parseTags } from './parseTags';
import { tagsProblem } from './tagsProblem';

describe('tagsProblem', () => {
  it('names the tag that is too long, shortened, and the rule', () => {
    const typed = `gold, Gold ,  , pii, a tag with spaces, <img src=x>, ${'x'.repeat(300)}`;
    expect(tagsProblem(parseTags(typed))).toEqual('The tag "xxxxxxxxxxxxxxxxxxxxxxxx…" is longer than 100 characters.');
  });

  it('takes a tag of exactly 100 characters, spaces and markup', () => {
    expect(tagsProblem(['a tag with spaces', '<img src=x>', 'y'.repeat(100)])).toBeNull();
  });

  it('names a tag holding a control character, without repeating the character', () => {
    expect(tagsProblem(['gold', 'bad\u001Btag'])).toEqual('The tag "bad\uFFFDtag" holds a control character (U+001B), which a tag may not.');
    expect(tagsProblem(['rtl\u202Eevil'])).toEqual('The tag "rtl\uFFFDevil" holds a control character (U+202E), which a tag may not.');
  });

  it('names two spellings of one tag that differ only in case, and takes the same spelling twice', () => {
    expect(tagsProblem(['PII', 'gold', 'pii'])).toEqual('The tag "pii" repeats "PII": tags are compared ignoring case, so keep one spelling.');
    expect(tagsProblem(['Straße', 'STRASSE', 'straße'])).toEqual('The tag "straße" repeats "Straße": tags are compared ignoring case, so keep one spelling.');
    expect(tagsProblem(['pii', 'gold', 'pii'])).toBeNull();
  });

  it('counts the tags against the limit of 50', () => {
    const tags = Array.from({ length: 51 }, (_, index) => `tag${index}`);
    expect(tagsProblem(tags)).toEqual('At most 50 tags, please: this list has 51.');
    expect(tagsProblem(tags.slice(0, 50))).toBeNull();
  });
});
