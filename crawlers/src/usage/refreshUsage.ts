import type { Driver } from 'neo4j-driver';
import { recordUsageReadings } from './recordUsageReadings.ts';
import { refreshPopularity, type PopularityRefresh } from './refreshPopularity.ts';
import type { UsageReading } from './UsageReading.ts';

export interface UsageRefresh extends PopularityRefresh {
  /** Readings recorded, and how many of them gave a rate. */
  recorded: number;
  withRate: number;
}

/** After a crawl: record the usage readings it brought (if any), then recompute every popularity. */
export async function refreshUsage(driver: Driver, readings: UsageReading[], options: { database?: string; now?: Date } = {}): Promise<UsageRefresh> {
  const { recorded, withRate } = readings.length > 0 ? await recordUsageReadings(driver, readings, options) : { recorded: 0, withRate: 0 };
  return { recorded, withRate, ...(await refreshPopularity(driver, options)) };
}
