import type { CheckKind } from '@polder/runtime';

/** PASS and FAIL judge the data; ERROR means the check could not be run (the query failed or timed out). */
export type CheckOutcome = 'PASS' | 'FAIL' | 'ERROR';

/** One run of one check, as runChecks returns it (it never throws for a single check). */
export interface CheckRunResult {
  checkId: string;
  sourceId: string;
  kind: CheckKind;
  outcome: CheckOutcome;
  /** The number the check was judged on; `null` for an ERROR, or when the query found nothing to measure. */
  observedValue: number | null;
  message: string;
  /** ISO 8601, when the check finished. */
  evaluatedAt: string;
  durationMs: number;
  /** True when the check read a sample of the table rather than all of it (`sampleRows`). */
  sampled: boolean;
  /** The assets the check is about; `null` when the dataset's name cannot be a URN. */
  datasetUrn: string | null;
  fieldUrn: string | null;
}
