import { describe, expect, it } from 'vitest';
import { meilisearchArgs, withoutMeiliSettings } from './meilisearchService.ts';

describe('meilisearchArgs', () => {
  it('binds loopback, keeps every file under its home and never carries the key', () => {
    expect(meilisearchArgs({ port: 7700, home: '/d/meili', dbPath: '/d/meili/data.ms' })).toEqual([
      '--no-analytics',
      '--http-addr',
      '127.0.0.1:7700',
      '--db-path',
      '/d/meili/data.ms',
      '--dump-dir',
      '/d/meili/dumps',
      '--snapshot-dir',
      '/d/meili/snapshots',
      '--env',
      'production',
      '--max-indexing-memory',
      '2GiB',
    ]);
  });
});

describe('withoutMeiliSettings', () => {
  it('drops MEILI_* variables and keeps the rest', () => {
    expect(withoutMeiliSettings({ PATH: '/bin', MEILI_URL: 'http://x', MEILI_MASTER_KEY: 'k', HOME: '/root' })).toEqual({
      PATH: '/bin',
      HOME: '/root',
    });
  });
});
