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
      { server: 'prod', platform: 'postgres', qualifiedName: 'rentals.public.rental_order' },
      { server: 'staging', platform: 'postgres', qualifiedName: 'rentals_staging.public.rental_order' },
    ]);
  });

  it('names a MySQL table by database and table, and reads the type in any case', () => {
    expect(crawledTableNames({ qualifiedName: 'orders', servers: ['shop'], 'server.shop.type': 'MySQL', 'server.shop.database': 'shop' })).toEqual([
      { server: 'shop', platform: 'mysql', qualifiedName: 'shop.orders' },
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

  it('names nothing without servers or a name', () => {
    expect(crawledTableNames({ qualifiedName: 'orders', servers: null })).toEqual([]);
    expect(crawledTableNames({ servers: ['main'], 'server.main.type': 'postgres', 'server.main.database': 'shop', 'server.main.schema': 'public' })).toEqual([]);
  });
});
