import { describe, expect, it } from 'vitest';
import { meilisearchArgs } from './meilisearchService.ts';

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
