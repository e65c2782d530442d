import { describe, expect, it } from 'vitest';
import { initdbArgs, postgresServerArgs } from './postgresService.ts';

describe('postgresServerArgs', () => {
  it('listens on loopback TCP only', () => {
    expect(postgresServerArgs('/d/postgres/data', 54329)).toEqual([
      '-D',
      '/d/postgres/data',
      '-p',
      '54329',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ]);
  });
});

describe('initdbArgs', () => {
  it('creates a password-protected UTF-8 cluster in the C locale', () => {
    expect(initdbArgs('/d/postgres/data', '/d/postgres/initdb-password')).toEqual([
      '--pgdata=/d/postgres/data',
      '--username=postgres',
      '--pwfile=/d/postgres/initdb-password',
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--no-locale',
    ]);
  });
});
