import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum CrawlRequestStatus {
  STARTED = 'STARTED',
  QUEUED = 'QUEUED',
  ALREADY_RUNNING = 'ALREADY_RUNNING',
}

registerEnumType(CrawlRequestStatus, {
  name: 'CrawlRequestStatus',
  description: 'What became of a request to crawl now.',
  valuesConfig: {
    STARTED: { description: 'A run started; follow it in `source.runs`.' },
    QUEUED: {
      description:
        'The crawls run on workers sharing a queue (REDIS_URL): the next free worker runs it, and it shows in `source.runs` once it starts. A request still waiting is not doubled.',
    },
    ALREADY_RUNNING: { description: 'A run of this source was already under way; runs never overlap.' },
  },
});

@InputType({ description: 'Crawl a source now, outside its schedule.' })
export class TriggerCrawlInput {
  @Field(() => ID, { description: 'The source id, as in polder.yaml (e.g. `rentals-db`).' })
  sourceId!: string;
}

@ObjectType({ description: 'The answer to a crawl request.' })
export class CrawlRequest {
  @Field(() => ID, { description: 'The source id.' })
  sourceId!: string;

  @Field(() => CrawlRequestStatus, { description: 'Started, queued for a worker, or already running.' })
  status!: CrawlRequestStatus;
}
