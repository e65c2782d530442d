/**
 * Where polder.yaml's scheduled tasks run (scheduledTasks.ts): in this process, or, with REDIS_URL, on
 * the BullMQ queue that every `polder worker` shares, so that each run happens once among them.
 * `polder start` and `polder worker` choose the same way: a `start` beside workers on one Redis is
 * one more worker, not a second clock. And `polder api`, which runs no task, reaches the workers'
 * crawls through the same queue.
 */
import { formatUrn } from '@polder/graph-schema';
import { crawlOnRequest, QueuedScheduler, queuedCrawlOnRequest, TaskScheduler, type CrawlRequests, type ScheduledTask } from '@polder/crawlers';
import type { Logger } from '@polder/runtime';
import type { Platform } from './platform.ts';
import { scheduledTasks } from './scheduledTasks.ts';

export interface TaskSchedule {
  /** The keys of the tasks that have a schedule. */
  keys: string[];
  /** On the shared queue (REDIS_URL), rather than in this process. */
  shared: boolean;
  /** Runs a task outside its schedule, soon: here, or on the next free worker. */
  runSoon(task: ScheduledTask): void;
  /** `triggerCrawl`'s way to the crawls. */
  crawls: CrawlRequests;
  stop(): Promise<void>;
}

export async function startTaskSchedule(platform: Platform, logger: Logger): Promise<TaskSchedule> {
  const tasks = scheduledTasks(platform, logger);
  const redisUrl = platform.config.redis.url;
  if (!redisUrl) {
    const scheduler = new TaskScheduler(logger);
    const keys = scheduler.start(tasks);
    return { keys, shared: false, runSoon: (task) => void scheduler.runNow(task), crawls: crawlOnRequest(scheduler, tasks), stop: () => scheduler.stop() };
  }
  const scheduler = new QueuedScheduler({ redisUrl, logger });
  let keys: string[];
  try {
    keys = await scheduler.start(tasks);
  } catch (error) {
    await scheduler.stop();
    throw error;
  }
  const declared = new Set(platform.config.mesh.sources.map((source) => source.id));
  return {
    keys,
    shared: true,
    runSoon: (task) =>
      void scheduler.requestRun(task.key).catch((error: Error) => logger.warn({ task: task.key, error: error.message }, `could not queue ${task.key}: ${error.message}`)),
    crawls: queuedCrawlOnRequest(scheduler, async (sourceId) => declared.has(sourceId)),
    stop: () => scheduler.stop(),
  };
}

/**
 * `triggerCrawl` for `polder api`: with REDIS_URL, a request queued for the workers; without, none (the
 * API then says how to crawl instead). The API may run without polder.yaml (docker-compose.yml gives it
 * none), so a source is known when the graph holds it active: the workers write the mesh there.
 */
export function crawlRequestsThroughQueue(platform: Platform, logger: Logger): { crawls: CrawlRequests; stop(): Promise<void> } | undefined {
  const redisUrl = platform.config.redis.url;
  if (!redisUrl) return undefined;
  const scheduler = new QueuedScheduler({ redisUrl, logger });
  const isKnownSource = async (sourceId: string) => {
    let urn: string;
    try {
      urn = formatUrn('source', sourceId);
    } catch {
      return false; // no source has an id that cannot be a URN: polder.yaml refuses it
    }
    const { records } = await platform.driver.executeQuery(
      `MATCH (s:Entity {urn: $urn}) WHERE s:Source AND s.status = 'ACTIVE' RETURN count(s) > 0 AS known`,
      { urn },
      { database: platform.config.neo4j.database, routing: 'READ' },
    );
    return records[0]!.get('known') as boolean;
  };
  return { crawls: queuedCrawlOnRequest(scheduler, isKnownSource), stop: () => scheduler.stop() };
}
