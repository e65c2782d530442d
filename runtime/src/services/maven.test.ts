import { describe, expect, it } from 'vitest';
import { mavenArchiveUrl, mavenCopyDependenciesArgs } from './maven.ts';

describe('mavenCopyDependenciesArgs', () => {
  it('copies the runtime dependencies of the pom, non-interactively', () => {
    expect(mavenCopyDependenciesArgs('/r/neo4j-launcher/pom.xml', '/d/neo4j/lib.partial')).toEqual([
      '--batch-mode',
      '--no-transfer-progress',
      '-Dstyle.color=never',
      '--file',
      '/r/neo4j-launcher/pom.xml',
      'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies',
      '-DoutputDirectory=/d/neo4j/lib.partial',
      '-DincludeScope=runtime',
    ]);
  });
});

describe('mavenArchiveUrl', () => {
  it('points at the binary distribution on Maven Central', () => {
    expect(mavenArchiveUrl('3.9.16')).toBe(
      'https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.16/apache-maven-3.9.16-bin.tar.gz',
    );
  });
});
