import { describe, expect, it } from 'vitest';
import { ServiceStartError } from './ServiceStartError.ts';

describe('ServiceStartError.portInUse', () => {
  it('names the port and the settings that change it', () => {
    const error = ServiceStartError.portInUse('Meilisearch', 7700, { env: 'POLDER_MEILI_PORT', key: 'meili.port' });
    expect(error).toBeInstanceOf(ServiceStartError);
    expect(error.message).toBe(
      'Meilisearch cannot start: port 7700 on 127.0.0.1 is already in use. ' +
        'Stop whatever listens there, or pick another port with POLDER_MEILI_PORT (meili.port in polder.yaml).',
    );
  });
});

describe('ServiceStartError.javaMissing', () => {
  it('says which JDK to install', () => {
    expect(ServiceStartError.javaMissing('no `java` on PATH').message).toBe(
      'Neo4j needs Java 17 or newer: no `java` on PATH. Install a JDK 17+ (e.g. apt-get install openjdk-17-jdk-headless), ' +
        'or set NEO4J_URI to use a Neo4j you run yourself.',
    );
  });
});

describe('ServiceStartError.exitedBeforeReady', () => {
  it('quotes the last lines of the log under a one-line summary', () => {
    const error = ServiceStartError.exitedBeforeReady(
      'PostgreSQL',
      { code: 1, signal: null },
      { file: '/d/logs/postgres.log', lines: ['FATAL:  could not create lock file', 'LOG:  database system is shut down'] },
    );
    expect(error.message).toBe(
      'PostgreSQL exited before it was ready (exit code 1). Last lines of /d/logs/postgres.log:\n' +
        '  | FATAL:  could not create lock file\n' +
        '  | LOG:  database system is shut down',
    );
  });

  it('says so when the log is empty, and names a killing signal', () => {
    const error = ServiceStartError.exitedBeforeReady(
      'Neo4j',
      { code: null, signal: 'SIGKILL' },
      { file: '/d/logs/neo4j.log', lines: [] },
    );
    expect(error.message).toBe('Neo4j exited before it was ready (killed by SIGKILL). Its log (/d/logs/neo4j.log) is empty.');
  });
});

describe('ServiceStartError.downloadFailed', () => {
  it('points at network access to the source', () => {
    expect(ServiceStartError.downloadFailed("Neo4j's jars", 'Maven Central', 'mvn exited with code 1').message).toBe(
      "Could not download Neo4j's jars from Maven Central: mvn exited with code 1. Check that this machine can reach " +
        'Maven Central (proxy settings for Maven go in ~/.m2/settings.xml) and try again.',
    );
  });
});

describe('ServiceStartError.leftoverInTheWay', () => {
  it('tells how to get rid of the leftover', () => {
    expect(ServiceStartError.leftoverInTheWay('Neo4j', 42, 'listens on port 7687, not on the configured 7688').message).toBe(
      'Neo4j from an earlier start (pid 42) is still running but listens on port 7687, not on the configured 7688. ' +
        'Stop it with `npx polder services down` and start again.',
    );
  });
});
