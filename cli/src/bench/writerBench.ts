/**
 * Graph write throughput: Polder's GraphWriter against the plainest batched
 * write of the same rows through the bare driver, side by side in one run
 * (a ratio is meaningful on a noisy shared machine; an absolute time is not).
 *
 * The writer does more than the bare baseline (it reads what the provider owns,
 * diffs, hashes, and queues search documents), so the goal is a ratio >= 0.5.
 */
import type { Driver } from 'neo4j-driver';
import { GraphWriter, WRITE_BATCH_SIZE } from '@polder/crawlers';
import type { GraphSnapshot } from '@polder/graph-schema';
import { generateSyntheticMesh, type SyntheticMeshOptions } from './syntheticMesh.ts';
import { deleteBenchAssets } from './deleteBenchAssets.ts';

export interface WriterBenchResult {
  nodes: number;
  edges: number;
  bareSeconds: number;
  writerSeconds: number;
  /** Writer throughput as a share of bare throughput. */
  ratio: number;
  rerunSeconds: number;
}

export async function runWriterBench(driver: Driver, database: string | undefined, options: SyntheticMeshOptions, rounds = 2): Promise<WriterBenchResult> {
  const [snapshot] = generateSyntheticMesh({ ...options, domains: 1 });
  const mesh = snapshot!;
  const bare: number[] = [];
  const writer: number[] = [];
  let rerunSeconds = 0;
  await deleteBenchAssets(driver, database, 'bench:');
  for (let round = 0; round < rounds; round++) {
    bare.push(await timed(() => bareWrite(driver, database, mesh)));
    await deleteBenchAssets(driver, database, 'bench:');
    writer.push(await timed(() => new GraphWriter(driver, database).write(mesh)));
    rerunSeconds = await timed(() => new GraphWriter(driver, database).write(mesh));
    await deleteBenchAssets(driver, database, 'bench:');
  }
  const bareSeconds = Math.min(...bare);
  const writerSeconds = Math.min(...writer);
  return { nodes: mesh.nodes.length, edges: mesh.edges.length, bareSeconds, writerSeconds, ratio: bareSeconds / writerSeconds, rerunSeconds };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** The baseline: one transaction, `UNWIND` batches of the same size, MERGE on the same keys, nothing else. */
async function bareWrite(driver: Driver, database: string | undefined, snapshot: GraphSnapshot): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      for (const label of ['Dataset', 'Field'] as const) {
        const rows = snapshot.nodes.filter((node) => node.label === label).map((node) => ({ urn: node.urn, props: node.properties }));
        for (let start = 0; start < rows.length; start += WRITE_BATCH_SIZE) {
          await tx.run(`UNWIND $rows AS row MERGE (n:${label} {urn: row.urn}) SET n:Entity, n += row.props, n.provider = 'bench:bare'`, {
            rows: rows.slice(start, start + WRITE_BATCH_SIZE),
          });
        }
      }
      for (const type of ['HAS_FIELD', 'DERIVES_FROM'] as const) {
        const rows = snapshot.edges.filter((edge) => edge.type === type).map((edge) => ({ from: edge.from, to: edge.to, props: edge.properties ?? {} }));
        for (let start = 0; start < rows.length; start += WRITE_BATCH_SIZE) {
          await tx.run(
            `UNWIND $rows AS row MATCH (a:Entity {urn: row.from}) MATCH (b:Entity {urn: row.to}) MERGE (a)-[r:${type}]->(b) SET r = row.props`,
            { rows: rows.slice(start, start + WRITE_BATCH_SIZE) },
          );
        }
      }
    });
  } finally {
    await session.close();
  }
}

