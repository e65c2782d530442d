import { describe, expect, it } from 'vitest';
import type { BackupLine, BackupNode, BackupRelationship } from './backupFormat.ts';
import { writeBackupLines } from './writeBackupLines.ts';

async function* stream<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

const node = (id: string): BackupNode => ({ id, labels: ['Dataset'], props: {} });
const rel = (from: string, to: string): BackupRelationship => ({ type: 'UPSTREAM_OF', from, to, props: {} });

describe('writeBackupLines', () => {
  it('writes the nodes, then the relationships between them', async () => {
    const lines: BackupLine[] = [];
    const counts = await writeBackupLines(stream([node('a'), node('b')]), () => stream([rel('a', 'b'), rel('b', 'a')]), async (line) => void lines.push(line));
    expect(lines).toEqual([{ node: node('a') }, { node: node('b') }, { rel: rel('a', 'b') }, { rel: rel('b', 'a') }]);
    expect(counts).toEqual({ nodes: 2, relationships: 2, skippedRelationships: 0 });
  });

  it('leaves out, and counts, a relationship made during the export to a node the file does not have', async () => {
    const lines: BackupLine[] = [];
    // c and its relationships were written between the read of the nodes and that of the relationships.
    const counts = await writeBackupLines(stream([node('a'), node('b')]), () => stream([rel('a', 'b'), rel('a', 'c'), rel('c', 'b')]), async (line) => void lines.push(line));
    expect(lines).toEqual([{ node: node('a') }, { node: node('b') }, { rel: rel('a', 'b') }]);
    expect(counts).toEqual({ nodes: 2, relationships: 1, skippedRelationships: 2 });
  });

  it('reads the relationships only once every node is written', async () => {
    const events: string[] = [];
    await writeBackupLines(
      stream([node('a')]),
      () => {
        events.push('relationships read');
        return stream([]);
      },
      async (line) => void events.push(`wrote ${'node' in line ? line.node.id : 'rel'}`),
    );
    expect(events).toEqual(['wrote a', 'relationships read']);
  });
});
