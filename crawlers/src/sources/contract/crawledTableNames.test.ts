import { describe, expect, it } from 'vitest';
import { crawledTableNames } from './crawledTableNames.ts';

describe('crawledTableNames', () => {
  it('names the PostgreSQL table of each server: database.schema.table', () => {
    expect(
      crawledTableNames({
        qualifiedName: 'rental_order',
        servers: ['prod', 'staging'],
        'server.prod.type': 'postgres',
        'server.prod.database': 'rentals',
        'server.prod.schema': 'public',
        'server.staging.type': 'postgresql',
        'server.staging.database': 'rentals_staging',
        'server.staging.schema': 'public',
      }),
    ).toEqual([
      { server: 'prod', platform: 'postgres', qualifiedName: 'rentals.public.rental_order', source: null },
      { server: 'staging', platform: 'postgres', qualifiedName: 'rentals_staging.public.rental_order', source: null },
    ]);
  });

  it('names a MySQL table by database and table, and reads the type in any case', () => {
    expect(crawledTableNames({ qualifiedName: 'orders', servers: ['shop'], 'server.shop.type': 'MySQL', 'server.shop.database': 'shop' })).toEqual([
      { server: 'shop', platform: 'mysql', qualifiedName: 'shop.orders', source: null },
    ]);
  });

  it('names nothing for a server Polder does not crawl, or one missing part of the name', () => {
    expect(
      crawledTableNames({
        qualifiedName: 'orders',
        servers: ['events', 'noSchema', 'blank'],
        'server.events.type': 'kafka',
        'server.events.host': 'broker:9092',
        'server.noSchema.type': 'postgres',
        'server.noSchema.database': 'shop',
        'server.blank.type': 'postgres',
        'server.blank.database': ' ',
        'server.blank.schema': 'public',
      }),
    ).toEqual([]);
  });

  it('names the table of a SQLite file (a custom server of format sqlite) only when the server pins its Polder source', () => {
    const pin = (source: string) => JSON.stringify([{ property: 'owner', value: 'ops' }, { property: 'polderSource', value: source }]);
    expect(
      crawledTableNames({
        qualifiedName: 'orders',
        servers: ['file', 'unpinned', 'other'],
        'server.file.type': 'custom',
        'server.file.format': 'SQLite',
        'server.file.customProperties': pin('shop-file'),
        'server.unpinned.type': 'custom',
        'server.unpinned.format': 'sqlite',
        'server.other.type': 'custom',
        'server.other.format': 'parquet',
        'server.other.customProperties': pin('shop-file'),
      }),
    ).toEqual([{ server: 'file', platform: 'sqlite', qualifiedName: 'main.orders', source: 'shop-file' }]);
  });

  it('narrows a PostgreSQL server to the source it pins, and ignores a pin that is not text', () => {
    const server = { 'server.main.type': 'postgres', 'server.main.database': 'shop', 'server.main.schema': 'public' };
    expect(crawledTableNames({ qualifiedName: 'orders', servers: ['main'], ...server, 'server.main.customProperties': '[{"property":"polderSource","value":"shop-db"}]' })).toEqual([
      { server: 'main', platform: 'postgres', qualifiedName: 'shop.public.orders', source: 'shop-db' },
    ]);
    expect(crawledTableNames({ qualifiedName: 'orders', servers: ['main'], ...server, 'server.main.customProperties': '[{"property":"polderSource","value":7}]' })).toEqual([
      { server: 'main', platform: 'postgres', qualifiedName: 'shop.public.orders', source: null },
    ]);
  });

  it('names nothing without servers or a name', () => {
    expect(crawledTableNames({ qualifiedName: 'orders', servers: null })).toEqual([]);
    expect(crawledTableNames({ servers: ['main'], 'server.main.type': 'postgres', 'server.main.database': 'shop', 'server.main.schema': 'public' })).toEqual([]);
  });
});
