import { describe, expect, it } from 'vitest';
import { neo4jLauncherArgs } from './neo4jService.ts';

describe('neo4jLauncherArgs', () => {
  const options = {
    classpath: '/d/neo4j/launcher:/d/neo4j/lib/*',
    home: '/d/neo4j',
    boltPort: 7687,
    heapMb: 1024,
    pageCacheMb: 512,
  };

  it('takes the whole heap up front, bounds it, collects it for throughput, and watches stdin when attached', () => {
    expect(neo4jLauncherArgs({ ...options, exitWhenStdinCloses: true })).toEqual([
      '-Xmx1024m',
      '-Xms1024m',
      '-XX:+AlwaysPreTouch',
      '-XX:+UseParallelGC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Djava.net.preferIPv4Stack=true',
      '-cp',
      '/d/neo4j/launcher:/d/neo4j/lib/*',
      'Launcher',
      '--home=/d/neo4j',
      '--bolt-port=7687',
      '--page-cache-mb=512',
      '--exit-when-stdin-closes',
    ]);
  });

  it('ignores stdin when detached', () => {
    expect(neo4jLauncherArgs({ ...options, exitWhenStdinCloses: false })).not.toContain('--exit-when-stdin-closes');
  });
});
