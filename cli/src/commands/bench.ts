import { parseArgs } from 'node:util';
import { machineLine } from '../bench/machine.ts';
import { runWriterBench } from '../bench/writerBench.ts';
import { openPlatform } from '../platform.ts';
import type { Command } from './Command.ts';

const BENCHES = ['writer'] as const;

export const bench: Command = {
  summary: `Run a benchmark against the local services and print its figures (${BENCHES.join(', ')}).`,
  usage: 'bench <name> [--tables N]',
  async run(args, { config, logger }) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { tables: { type: 'string', default: '2000' }, columns: { type: 'string', default: '10' } },
    });
    const name = positionals[0];
    if (name !== 'writer') throw new Error(`bench needs a benchmark name: ${BENCHES.join(', ')} (got ${name ?? 'nothing'})`);
    const tables = Number(values.tables);
    const columns = Number(values.columns);
    if (!Number.isInteger(tables) || tables < 1 || !Number.isInteger(columns) || columns < 1) throw new Error('--tables and --columns take positive whole numbers');

    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      const result = await runWriterBench(platform.driver, config.neo4j.database, { domains: 1, tablesPerDomain: tables, columnsPerTable: columns, viewShare: 0.2 });
      const rows = result.nodes + result.edges;
      process.stdout.write(
        [
          `bench writer — ${machineLine()}`,
          `  rows: ${result.nodes.toLocaleString('en')} nodes + ${result.edges.toLocaleString('en')} edges (${tables} tables × ${columns} columns)`,
          `  bare driver UNWIND : ${result.bareSeconds.toFixed(2)} s  (${Math.round(rows / result.bareSeconds).toLocaleString('en')} rows/s)`,
          `  GraphWriter        : ${result.writerSeconds.toFixed(2)} s  (${Math.round(rows / result.writerSeconds).toLocaleString('en')} rows/s)`,
          `  ratio writer/bare  : ${result.ratio.toFixed(2)}x  (goal >= 0.5x)`,
          `  unchanged re-run   : ${result.rerunSeconds.toFixed(2)} s  (${((result.rerunSeconds / result.writerSeconds) * 100).toFixed(0)}% of the first write)`,
          '',
        ].join('\n'),
      );
    } finally {
      await platform.close();
    }
  },
};
