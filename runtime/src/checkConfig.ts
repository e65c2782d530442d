/**
 * Quality checks Polder runs itself, as declared in polder.yaml's top-level
 * `checks:` list. Each check names a relational source (postgres, mysql or
 * sqlite), the dataset as its crawler names it (`schema.table`; a bare table
 * for sqlite), and one `kind` with the bounds that decide PASS or FAIL:
 *
 *   checks:
 *     - { id: orders-not-empty, source: rentals-db, dataset: public.rental_order, kind: rowCount, min: 1 }
 *     - { id: orders-fresh, source: rentals-db, dataset: public.rental_order, column: booked_at,
 *         kind: freshness, maxAgeMinutes: 1440, schedule: "0 * * * *" }
 *
 * Names are only ever quoted as identifiers by the query builder, never spliced
 * as SQL, so the schema only rejects what no quoting can carry (NUL).
 */
import { z } from 'zod';
import { cronSchedule } from './cronSchedule.ts';
import { closestName } from './closestName.ts';
import { shown } from './plainIssueMessage.ts';

/** Kinds of source a check can run against: the ones Polder can query with SQL. */
export const CHECKABLE_SOURCE_KINDS = ['postgres', 'mysql', 'sqlite'] as const;

const checkId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, {
  error: (issue) => `must be lower-case letters, digits, "-" and "_", starting with a letter or a digit, not ${shown(issue.input)}`,
});

/** A schema, table or column name: quoted by the dialect, so anything goes but NUL, which no driver can send. */
const identifier = z
  .string()
  .min(1)
  .refine((name) => !name.includes('\0'), 'must not contain a NUL character');

const bound = z.number().finite();

/** What every check declares, whatever its kind. */
const checkCommon = {
  id: checkId,
  /** A declared source of kind postgres, mysql or sqlite. */
  source: z.string().min(1),
  /** `schema.table` as the crawler names it (`public.orders`); for sqlite the bare table name. */
  dataset: identifier,
  description: z.string().optional(),
  /** Cron expression; absent means "only when `polder check` runs". */
  schedule: cronSchedule('"0 * * * *" (every hour)').optional(),
  /** How long the check's query may run before it is cancelled and recorded as ERROR. */
  timeoutMs: z.number().int().min(1).max(3_600_000).default(10_000),
};

/**
 * Above this many rows (PostgreSQL: by the planner's estimate) the check reads a
 * sample instead of the whole table, so its cost stays bounded however the table grows.
 */
const sampleRows = z.number().int().positive().optional();

const atLeastOneBound = (check: { min?: number; max?: number }) => check.min !== undefined || check.max !== undefined;
const BOUND_MESSAGE = 'needs "min", "max" or both';

/** A range no number is in would fail every run, whatever the data: a typo to report, not a check to run. */
function boundsInOrder(check: { min?: number; max?: number }, context: z.RefinementCtx): void {
  if (check.min !== undefined && check.max !== undefined && check.min > check.max) {
    context.addIssue({ code: 'custom', path: ['max'], message: `"max" (${check.max}) is below "min" (${check.min}): no number could pass` });
  }
}

export const checkConfigSchema = z.discriminatedUnion('kind', [
  z
    .object({ ...checkCommon, kind: z.literal('rowCount'), min: bound.optional(), max: bound.optional() })
    .strict()
    .refine(atLeastOneBound, { message: BOUND_MESSAGE, path: ['min'] })
    .superRefine(boundsInOrder),
  z
    .object({
      ...checkCommon,
      kind: z.literal('freshness'),
      /** The timestamp column whose newest value says how fresh the data is. */
      column: identifier,
      /** The freshness SLO: the newest row may be at most this old. */
      maxAgeMinutes: z.number().positive(),
    })
    .strict(),
  z
    .object({ ...checkCommon, kind: z.literal('nullFraction'), column: identifier, max: z.number().min(0).max(1), sampleRows })
    .strict(),
  z
    .object({
      ...checkCommon,
      kind: z.literal('uniqueness'),
      column: identifier,
      /** Rows whose value repeats one seen before; 0 (the default) means the column must be unique. */
      maxDuplicates: z.number().int().min(0).default(0),
      sampleRows,
    })
    .strict(),
  z
    .object({
      ...checkCommon,
      kind: z.literal('acceptedValues'),
      column: identifier,
      /** Every non-null value must be one of these (compared by the store, as `column IN (...)` would). */
      values: z.array(z.union([z.string(), z.number().finite()])).min(1),
      sampleRows,
    })
    .strict(),
  z
    .object({
      ...checkCommon,
      kind: z.literal('customSql'),
      /** The field the check is about, if any; the SQL itself decides what it reads. */
      column: identifier.optional(),
      /** One SELECT returning one number (first column of the first row); run read-only. */
      sql: z.string().trim().min(1),
      min: bound.optional(),
      max: bound.optional(),
    })
    .strict()
    .refine(atLeastOneBound, { message: BOUND_MESSAGE, path: ['min'] })
    .superRefine(boundsInOrder),
]);
export type CheckConfig = z.infer<typeof checkConfigSchema>;
export type CheckKind = CheckConfig['kind'];
/** The config of one kind of check, e.g. `CheckConfigOf<'freshness'>`. */
export type CheckConfigOf<Kind extends CheckKind> = Extract<CheckConfig, { kind: Kind }>;

/** The parts of the mesh a check must agree with. */
interface CheckedMesh {
  sources: ReadonlyArray<{ id: string; kind: string; connection?: { database: string } }>;
  checks?: ReadonlyArray<CheckConfig>;
}

/**
 * Cross-checks each check against the sources of the mesh: its source is declared
 * and queryable, its dataset has the shape that source's crawler gives it, and ids
 * are unique. Called from the mesh schema's `superRefine`, so an issue names its path.
 */
export function validateCheckTargets(mesh: CheckedMesh, context: z.RefinementCtx): void {
  const checkAt = new Map<string, number>();
  (mesh.checks ?? []).forEach((check, index) => {
    const at = (key: string) => ['checks', index, key];
    const first = checkAt.get(check.id);
    if (first === undefined) checkAt.set(check.id, index);
    else context.addIssue({ code: 'custom', path: at('id'), message: `duplicate check id "${check.id}" (already used by checks.${first})` });

    const source = queryableSource(mesh.sources, check.source, at('source'), context, 'checks run');
    if (!source) return;
    if (source.kind === 'sqlite') return;
    const dot = check.dataset.indexOf('.');
    if (dot <= 0 || dot === check.dataset.length - 1) {
      context.addIssue({ code: 'custom', path: at('dataset'), message: `"${check.dataset}" is not schema.table (${datasetNameExample(source)})` });
      return;
    }
    // A mysql source crawls one schema, its connection's database: a dataset elsewhere is not in the catalog.
    const schema = check.dataset.slice(0, dot);
    if (source.kind === 'mysql' && source.connection && schema !== source.connection.database) {
      context.addIssue({ code: 'custom', path: at('dataset'), message: `"${check.dataset}" is not in ${source.connection.database}, the schema source "${source.id}" crawls` });
    }
  });
}

/**
 * The declared source of that id that Polder can query (postgres, mysql, sqlite), or undefined after
 * adding an issue at `path` that says why not: what checks and profiling both name a source by.
 */
/**
 * How a dataset of a queryable source is named, for messages: schema.table on PostgreSQL; on MySQL, where
 * a source crawls one database and the database is the schema, that database's name and the table.
 */
export function datasetNameExample(source: { kind: string; connection?: unknown }): string {
  if (source.kind !== 'mysql') return `a ${source.kind} dataset is named e.g. public.orders`;
  const database = (source.connection as { database?: unknown } | undefined)?.database;
  return `a mysql dataset is named <database>.<table>, e.g. ${typeof database === 'string' ? database : 'shop'}.orders`;
}

export function queryableSource<Source extends { id: string; kind: string }>(
  sources: ReadonlyArray<Source>,
  id: string,
  path: Array<string | number>,
  context: z.RefinementCtx,
  /** What runs on it, for the message: `checks run`, `profiling runs`. */
  what: string,
): Source | undefined {
  const source = sources.find((candidate) => candidate.id === id);
  if (!source) {
    const queryable = sources.filter((candidate) => isCheckableKind(candidate.kind)).map((candidate) => candidate.id);
    const meant = closestName(id, queryable);
    context.addIssue({
      code: 'custom',
      path,
      message: `unknown source "${id}" (${meant ? `did you mean ${meant}? ` : ''}declared postgres, mysql and sqlite sources: ${queryable.join(', ') || 'none'})`,
    });
    return undefined;
  }
  if (!isCheckableKind(source.kind)) {
    context.addIssue({ code: 'custom', path, message: `source "${source.id}" is of kind ${source.kind}; ${what} on ${CHECKABLE_SOURCE_KINDS.join(', ')} sources` });
    return undefined;
  }
  return source;
}

function isCheckableKind(kind: string): kind is (typeof CHECKABLE_SOURCE_KINDS)[number] {
  return (CHECKABLE_SOURCE_KINDS as readonly string[]).includes(kind);
}
