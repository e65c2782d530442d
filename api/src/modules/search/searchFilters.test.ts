import { describe, expect, it } from 'vitest';
import { buildSearchFilter, buildVisibilityFilter, quoteFilterValue } from './searchFilters.ts';

describe('quoteFilterValue', () => {
  it.each([
    ['Rentals', '"Rentals"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['x" OR status = "REMOVED', '"x\\" OR status = \\"REMOVED"'],
    ['\\"', '"\\\\\\""'],
  ])('quotes %j', (value, expected) => {
    expect(quoteFilterValue(value)).toBe(expected);
  });
});

describe('buildSearchFilter', () => {
  it('ORs groups of ANDed filters, with IN and NOT IN', () => {
    expect(
      buildSearchFilter([
        { and: [{ field: 'domain', values: ['Rentals', 'Finance'] }, { field: 'tag', values: ['pii'], negated: true }] },
        { and: [{ field: 'platform', values: ['dbt'] }] },
      ]),
    ).toBe('(domain IN ["Rentals", "Finance"] AND tags NOT IN ["pii"]) OR (platform IN ["dbt"])');
  });

  it('returns undefined when there is nothing to filter on', () => {
    expect(buildSearchFilter([])).toBeUndefined();
    expect(buildSearchFilter([{ and: [] }])).toBeUndefined();
  });

  it('filters on nothing when one group is empty: that group matches every document, so the OR does', () => {
    expect(buildSearchFilter([{ and: [] }, { and: [{ field: 'platform', values: ['dbt'] }] }])).toBeUndefined();
    // Still checked, the empty group or not.
    expect(() => buildSearchFilter([{ and: [] }, { and: [{ field: 'status', values: ['REMOVED'] }] }])).toThrow('orFilters[1].and[0]: unknown filter field "status"');
  });

  it('keeps hostile values inside their quotes', () => {
    expect(buildSearchFilter([{ and: [{ field: 'domain', values: ['"] OR status = "REMOVED" OR domain IN ["'] }] }])).toBe(
      '(domain IN ["\\"] OR status = \\"REMOVED\\" OR domain IN [\\""])',
    );
  });

  it('rejects an unknown field, naming it and where it is', () => {
    expect(() => buildSearchFilter([{ and: [{ field: 'status', values: ['REMOVED'] }] }])).toThrow(
      'orFilters[0].and[0]: unknown filter field "status" (one of type, subtype, domain, platform, source, owner, tag, term, certified, partition)',
    );
  });

  it('rejects an empty value list', () => {
    expect(() => buildSearchFilter([{ and: [{ field: 'tag', values: [] }] }])).toThrow('orFilters[0].and[0]: give 1 to 100 values');
  });
});

describe('buildVisibilityFilter', () => {
  it('keeps the caller to its audiences, quoted, and adds nothing for those who see all', () => {
    expect(buildVisibilityFilter(['mesh', 'domain:fin"ance'])).toBe('visibleTo IN ["mesh", "domain:fin\\"ance"]');
    expect(buildVisibilityFilter('all')).toBeNull();
  });
});
