/**
 * A crawl in a process of its own, for the test that kills one with SIGKILL
 * in the middle: reads the source config, the Neo4j connection and, optionally,
 * the rows per write transaction (TRANSACTION_ROWS) from env, and says
 * "half-written" once half of the run's rows are sent to Neo4j.
 */
import { crawlSource } from '@polder/crawlers';
import { connectNeo4j, createLogger, type SourceConfig } from '@polder/runtime';

const source = JSON.parse(process.env.SOURCE!) as SourceConfig;
const driver = connectNeo4j(JSON.parse(process.env.NEO4J!));
const transactionRows = process.env.TRANSACTION_ROWS ? Number(process.env.TRANSACTION_ROWS) : undefined;
let told = false;
await crawlSource(driver, source, {
  logger: createLogger('crawl-process', 'silent'),
  transactionRows,
  onProgress: ({ phase, done, total }) => {
    if (told || phase !== 'writing' || total === 0 || done < total / 2) return;
    told = true;
    process.send?.('half-written');
  },
});
await driver.close();
process.send?.('done');
