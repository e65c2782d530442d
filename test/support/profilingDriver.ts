/**
 * Neo4j's own profile of the queries a piece of code sends, for tests that hold a read to the rows it
 * handles rather than to a clock: every query goes out as `PROFILE …`, and `profiled.maxRows` keeps the
 * most rows any step of any of them handled.
 */
import type { Driver } from 'neo4j-driver';

export interface Profiled {
  maxRows: number;
}

/** The most rows any step of a query's plan handled, from Neo4j's profile of it. */
export function maxRowsOf(profile: { rows: number; children: unknown[] }): number {
  return Math.max(profile.rows, ...profile.children.map((child) => maxRowsOf(child as typeof profile)));
}

/** `driver`, its `executeQuery` calls profiled into `profiled`. */
export function profilingDriver(driver: Driver, profiled: Profiled): Driver {
  return new Proxy(driver, {
    get(target, key) {
      if (key !== 'executeQuery') return Reflect.get(target, key);
      return async (cypher: string, params: Record<string, unknown>, config: object) => {
        const result = await target.executeQuery(`PROFILE ${cypher}`, params, config);
        profiled.maxRows = Math.max(profiled.maxRows, maxRowsOf(result.summary.profile as never));
        return result;
      };
    },
  });
}
