import 'reflect-metadata';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CheckSource {
  DBT = 'DBT',
  CONTRACT = 'CONTRACT',
  POLDER = 'POLDER',
  OPENLINEAGE = 'OPENLINEAGE',
  OTHER = 'OTHER',
}

registerEnumType(CheckSource, {
  name: 'CheckSource',
  description: 'Where a quality check comes from.',
  valuesConfig: {
    DBT: { description: 'A dbt data test, with the results of the run_results.json crawled.' },
    CONTRACT: { description: 'A quality rule of a data contract (ODCS).' },
    POLDER: { description: 'A check Polder runs itself (polder.yaml `checks:`).' },
    OPENLINEAGE: { description: 'A data-quality assertion pushed with an OpenLineage event.' },
    OTHER: { description: 'Written by another provider.' },
  },
});

export enum IncidentState {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

registerEnumType(IncidentState, {
  name: 'IncidentState',
  description: 'Whether an incident is still going on.',
  valuesConfig: {
    OPEN: { description: 'Its check is still failing.' },
    RESOLVED: { description: 'Its check passed again, or is gone (see `resolution`).' },
  },
});

export enum IncidentResolution {
  PASSED = 'PASSED',
  CHECK_REMOVED = 'CHECK_REMOVED',
}

registerEnumType(IncidentResolution, {
  name: 'IncidentResolution',
  description: 'Why an incident was resolved.',
  valuesConfig: {
    PASSED: { description: 'A run of its check passed.' },
    CHECK_REMOVED: { description: 'Its check is gone (taken out of polder.yaml, the dbt project or the contract), so nothing will run it again.' },
  },
});

@ObjectType({ description: 'One run of a quality check.' })
export class CheckResult {
  @Field(() => ID, { description: 'URN of the result.' })
  urn!: string;

  @Field(() => String, { description: 'PASS, FAIL, WARN (dbt), ERROR (the check could not run) or SKIPPED (dbt).' })
  outcome!: string;

  /** The number the check was judged on; exposed through a masking resolver (CheckResultResolver). */
  observedValue?: number | null;

  /** What the run found, in words; exposed through a masking resolver (CheckResultResolver). */
  message?: string | null;

  @Field(() => String, { nullable: true, description: 'When it ran (ISO 8601).' })
  evaluatedAt?: string | null;

  /** The datasets whose data the run read (what its check CHECKS; a contract's rule, the tables its object DESCRIBES); not exposed. */
  observedOn!: string[];
}

@ObjectType({ description: 'A data quality check on a dataset or a column.' })
export class QualityCheck {
  @Field(() => ID, { description: 'URN of the check.' })
  urn!: string;

  @Field(() => String, { description: 'Its name (a dbt test name, a contract rule name, a polder.yaml check id).' })
  name!: string;

  @Field(() => String, { description: 'What it checks: rowCount, freshness, not_null, unique, library, sql, ...' })
  kind!: string;

  @Field(() => CheckSource, { description: 'Where it comes from.' })
  source!: CheckSource;

  @Field(() => String, { nullable: true, description: 'The column it checks, for a column check.' })
  column?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is for, as its source describes it.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'ERROR or WARN for dbt tests and contract rules, when declared.' })
  severity?: string | null;
}

@ObjectType({ description: 'A data quality problem on an asset: opened when a check starts failing, resolved when it passes again.' })
export class Incident {
  @Field(() => ID, { description: 'URN of the incident.' })
  urn!: string;

  @Field(() => String, { description: 'What is failing, and where.' })
  title!: string;

  @Field(() => IncidentState, { description: 'OPEN while its check fails, RESOLVED once it passes.' })
  state!: IncidentState;

  @Field(() => String, { description: 'When the first failing run was (ISO 8601).' })
  openedAt!: string;

  @Field(() => String, { nullable: true, description: 'When it was resolved (ISO 8601); null while open.' })
  resolvedAt?: string | null;

  @Field(() => IncidentResolution, { nullable: true, description: 'Why it was resolved; null while open.' })
  resolution?: IncidentResolution | null;

  @Field(() => String, { description: 'When its check last failed (ISO 8601).' })
  lastFailedAt!: string;

  @Field(() => Int, { description: 'How many failing runs it has seen.' })
  failureCount!: number;

  /** The message of the latest failing run; exposed through a masking resolver (IncidentResolver). */
  message?: string | null;

  /** The check that raised it; resolved by a field resolver. */
  checkUrn!: string | null;

  /** The assets it is about; resolved by a field resolver. */
  assetUrns!: string[];

  /** The datasets of the assets it is about, whose data its runs read; not exposed. */
  observedOn!: string[];
}

@InputType({ description: 'Which incidents to list.' })
export class IncidentsInput {
  @Field(() => String, { nullable: true, description: 'Only those about assets of this domain (its id, e.g. `rentals`).' })
  domain?: string | null;

  @Field(() => IncidentState, { nullable: true, description: 'Only open or only resolved ones; both when absent.' })
  state?: IncidentState | null;

  @Field(() => Int, { defaultValue: 50, description: 'How many, newest opened first (1–500).' })
  limit!: number;
}
