/**
 * Neo4j's own profile of the queries a piece of code sends, for tests that hold a read to the rows it
 * handles rather than to a clock: every query goes out as `PROFILE …`, and `profiled.maxRows` keeps the
 * most rows any step of any of them handled.
 */
import type { Driver, QueryConfig, Result, ResultObserver, ResultSummary } from 'neo4j-driver';

export interface Profiled {
  maxRows: number;
}

/** The most rows any step of a query's plan handled, from Neo4j's profile of it. */
export function maxRowsOf(profile: { rows: number; children: unknown[] }): number {
  return Math.max(profile.rows, ...profile.children.map((child) => maxRowsOf(child as typeof profile)));
}

/**
 * `driver`, its `executeQuery` calls profiled into `profiled`: from the summary of the driver's own answer, or,
 * for a call with a result transformer (GraphReader's rows, made as they arrive), from the summary the
 * transformer's subscription completes with.
 */
export function profilingDriver(driver: Driver, profiled: Profiled): Driver {
  const record = (summary: ResultSummary) => {
    profiled.maxRows = Math.max(profiled.maxRows, maxRowsOf(summary.profile as never));
  };
  return new Proxy(driver, {
    get(target, key) {
      if (key !== 'executeQuery') return Reflect.get(target, key);
      return async (cypher: string, params: Record<string, unknown>, config: QueryConfig<unknown> = {}) => {
        const { resultTransformer: transform, ...rest } = config;
        if (!transform) {
          const result = await target.executeQuery(`PROFILE ${cypher}`, params, rest);
          record(result.summary);
          return result;
        }
        return target.executeQuery(`PROFILE ${cypher}`, params, { ...config, resultTransformer: (result: Result) => transform(completingInto(result, record)) });
      };
    },
  });
}

/** `result`, each subscriber's `onCompleted` also handing the summary to `record`. */
function completingInto(result: Result, record: (summary: ResultSummary) => void): Result {
  return new Proxy(result, {
    get(target, key) {
      if (key !== 'subscribe') return Reflect.get(target, key);
      return (observer: ResultObserver) =>
        target.subscribe({
          ...observer,
          onCompleted: (summary: ResultSummary) => {
            record(summary);
            observer.onCompleted?.(summary);
          },
        });
    },
  });
}
