import { describe, expect, it } from 'vitest';
import { benchArguments } from './bench.ts';

describe('benchArguments', () => {
  it("fills in each bench's own defaults", () => {
    expect(benchArguments(['load']).values).toEqual({ tables: '100000', clients: '50', seconds: '300' });
    expect(benchArguments(['api']).values).toEqual({ tables: '9000', requests: '1000', seconds: '10', clients: '4' });
    expect(benchArguments(['postgres', '--fresh']).values).toMatchObject({ fresh: true, drop: false });
    expect(benchArguments(['web']).values.only).toBeUndefined();
  });

  it('takes a value given even when it equals another bench\'s default', () => {
    expect(benchArguments(['load', '--clients', '4', '--seconds', '10']).values).toMatchObject({ clients: '4', seconds: '10' });
  });

  it("refuses another bench's option, a stray argument and an unknown bench", () => {
    expect(() => benchArguments(['writer', '--requests', '5'])).toThrow("Unknown option '--requests'");
    expect(() => benchArguments(['trust', '--only', 'x'])).toThrow("Unknown option '--only'");
    expect(() => benchArguments(['writer', 'extra'])).toThrow('bench writer takes options only, not "extra"');
    expect(() => benchArguments(['writing'])).toThrow('bench needs a benchmark name: writer, search, openlineage, crawl, postgres, api, freshness, load, trust, web (got writing)');
  });
});
