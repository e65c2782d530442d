/**
 * A crawl in a process of its own, for the test that kills one with SIGKILL
 * in the middle: reads the source config and the Neo4j connection from env,
 * says "started" when the run is recorded, then crawls.
 */
import { crawlSource } from '@polder/crawlers';
import { connectNeo4j, createLogger, type SourceConfig } from '@polder/runtime';

const source = JSON.parse(process.env.SOURCE!) as SourceConfig;
const driver = connectNeo4j(JSON.parse(process.env.NEO4J!));
process.send?.('started');
await crawlSource(driver, source, { logger: createLogger('crawl-process', 'silent') });
await driver.close();
process.send?.('done');
