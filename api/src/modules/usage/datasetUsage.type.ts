import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'How much a dataset is used, from real signals: its store’s own counters between two crawls, and the OpenLineage runs of the jobs that read it. ' +
    'Popularity ranks it among the datasets measured by the same signal (crawlers/src/usage/popularityOf.ts).',
})
export class DatasetUsage {
  @Field(() => Int, { nullable: true, description: 'Popularity, 0–100: the better of its percentile ranks by `readsPerDay` (among the datasets its store kind measures) and by `jobRunsPerDay` (among those OpenLineage jobs read), so either may have given it; 0 when measured and unused, null when nothing measures it.' })
  popularity?: number | null;

  @Field(() => String, { nullable: true, description: 'Which store counters it has: `postgres` (pg_stat_user_tables: scans) or `mariadb` (TABLE_STATISTICS: rows read); null when none. Named as soon as the counters are read; `readsPerDay` follows once a window is known.' })
  signal?: string | null;

  @Field(() => Float, { nullable: true, description: 'Reads a day by the store’s counters (scans for postgres, rows read for mariadb), over `measuredFrom`..`measuredAt`.' })
  readsPerDay?: number | null;

  @Field(() => Float, { nullable: true, description: 'Rows written (inserted, updated, deleted) a day by the store’s counters, over the same window.' })
  writesPerDay?: number | null;

  @Field(() => String, { nullable: true, description: 'Start of the window the store rates were measured over: the previous crawl, or the counters’ last reset (ISO 8601).' })
  measuredFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'End of that window: when the last crawl read the counters (ISO 8601).' })
  measuredAt?: string | null;

  @Field(() => Float, { nullable: true, description: 'Completed OpenLineage runs a day, over the last 30 days, of the jobs that read it; null when no job reads it.' })
  jobRunsPerDay?: number | null;
}
