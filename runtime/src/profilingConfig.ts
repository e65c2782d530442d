/**
 * Column profiling, as polder.yaml's optional top-level `profiling:` section:
 * which sources (and which of their datasets) Polder profiles, when, and how
 * much each profile may cost.
 *
 *   profiling:
 *     sampleRows: 10000          # a table larger than this is sampled (see README "Column profiling")
 *     timeoutMs: 30000           # per dataset: a slower profile query is cancelled, and nothing is written
 *     schedule: "0 3 * * *"      # cron for every entry below that has none of its own
 *     runOnStart: true           # `polder start` also profiles once, right after its first crawl
 *     sources:
 *       - { source: rentals-db }                                  # its tables and materialized views
 *       - { source: finance-db, datasets: ["billing.*"], exclude: [billing.payment] }
 *       - { source: local, views: true, sampleRows: 1000 }        # views too; a sqlite table is a bare name
 *
 * Dataset patterns read like a source's include/exclude: `schema.table` (a bare
 * table for sqlite), `*` never crossing a dot. They are only ever matched against
 * the names the crawler wrote to the graph, never spliced into SQL.
 */
import { z } from 'zod';
import { cronSchedule } from './cronSchedule.ts';
import { datasetNameExample, queryableSource } from './checkConfig.ts';

const cron = cronSchedule('"0 3 * * *" (every night at 3)');
/** How many rows one profile reads at most; more than a million would no longer be a bounded cost. */
const sampleRows = z.number().int().min(1).max(1_000_000);
/** How long one dataset's profile query may run. */
const timeoutMs = z.number().int().min(1).max(3_600_000);
const pattern = z
  .string()
  .min(1)
  .refine((name) => !name.includes('\0'), 'must not contain a NUL character');

export const profilingSourceSchema = z
  .object({
    /** A declared postgres, mysql or sqlite source. */
    source: z.string().min(1),
    /** Which of its datasets: `schema.table` patterns (a bare table for sqlite); empty or absent means all of them. */
    datasets: z.array(pattern).default([]),
    /** Datasets to leave out, the same patterns; exclude wins over datasets. */
    exclude: z.array(pattern).default([]),
    /** Profile views as well (their query runs, bounded by the sample and the timeout); off by default. */
    views: z.boolean().default(false),
    /** Overrides the section's schedule, sampleRows and timeoutMs for this source. */
    schedule: cron.optional(),
    sampleRows: sampleRows.optional(),
    timeoutMs: timeoutMs.optional(),
  })
  .strict();

export const profilingConfigSchema = z
  .object({
    sampleRows: sampleRows.default(10_000),
    timeoutMs: timeoutMs.default(30_000),
    /** Cron for the entries without their own; absent means "only when `polder profile` runs" (and on start with runOnStart). */
    schedule: cron.optional(),
    runOnStart: z.boolean().default(false),
    sources: z.array(profilingSourceSchema).default([]),
  })
  .strict();
export type ProfilingConfig = z.infer<typeof profilingConfigSchema>;
export type ProfilingSourceConfig = z.infer<typeof profilingSourceSchema>;

/** One entry with the section's defaults applied: what a profiling run is given. */
export interface ProfilingTarget {
  source: string;
  datasets: string[];
  exclude: string[];
  views: boolean;
  schedule: string | undefined;
  sampleRows: number;
  timeoutMs: number;
}

/** The entries of the section, each with the section's schedule, sampleRows and timeoutMs where it sets none. */
export function profilingTargets(profiling: ProfilingConfig | undefined): ProfilingTarget[] {
  if (!profiling) return [];
  return profiling.sources.map((entry) => ({
    source: entry.source,
    datasets: entry.datasets,
    exclude: entry.exclude,
    views: entry.views,
    schedule: entry.schedule ?? profiling.schedule,
    sampleRows: entry.sampleRows ?? profiling.sampleRows,
    timeoutMs: entry.timeoutMs ?? profiling.timeoutMs,
  }));
}

/** The parts of the mesh the profiling section must agree with. */
interface ProfiledMesh {
  sources: ReadonlyArray<{ id: string; kind: string; connection?: { database: string } }>;
  profiling?: ProfilingConfig;
}

/**
 * Cross-checks the section against the sources of the mesh: each entry names a
 * declared postgres, mysql or sqlite source, once, and its patterns have the
 * shape that source's crawler gives dataset names. Called from the mesh
 * schema's `superRefine`, so an issue names its path.
 */
export function validateProfilingTargets(mesh: ProfiledMesh, context: z.RefinementCtx): void {
  const seen = new Set<string>();
  (mesh.profiling?.sources ?? []).forEach((entry, index) => {
    const at = (...path: Array<string | number>) => ['profiling', 'sources', index, ...path];
    if (seen.has(entry.source)) context.addIssue({ code: 'custom', path: at('source'), message: `source "${entry.source}" is listed twice; list its datasets in one entry` });
    seen.add(entry.source);

    const source = queryableSource(mesh.sources, entry.source, at('source'), context, 'profiling runs');
    if (!source) return;
    if (source.kind === 'sqlite') return;
    for (const key of ['datasets', 'exclude'] as const) {
      entry[key].forEach((name, patternIndex) => {
        const dot = name.indexOf('.');
        if (dot <= 0 || dot === name.length - 1 || name.indexOf('.', dot + 1) >= 0) {
          context.addIssue({ code: 'custom', path: at(key, patternIndex), message: `"${name}" is not a schema.table pattern (${datasetNameExample(source)}; or a pattern, e.g. public.*)` });
        }
      });
    }
  });
}

