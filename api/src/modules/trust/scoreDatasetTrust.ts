/**
 * A dataset's trust score (0–100): nine components, each a value 0–1 with the
 * evidence it rests on, weighed by `trust.weights` (weighComponents.ts).
 *
 *   documentation  ½ for a description, ½ × the share of its columns described (all of it for the description when it has no columns)
 *   ownership      1 when someone owns it
 *   quality        mean over its checks (not freshness checks) of each check's pass rate in the window, contract rules
 *                  that Polder ran against it included; PASS counts 1, WARN ½, FAIL 0; unknown when no check ran in the window
 *   freshness      mean over its freshness checks of their latest result (PASS 1, WARN ½, FAIL 0); unknown without one
 *   lineage        1 with a known upstream, or for a source table (TABLE, SOURCE, SEED, ... that no job writes); else 0
 *   certification  1 while certified, not expired and not suspended
 *   usage          popularity / 100; unknown when nothing records usage
 *   incidents      1 − incidentPenalty × open incidents, at least 0
 *   contract       mean over its contract rules of their latest result; unknown when no rule has one
 *
 * A contract rule counts twice, as a freshness check does not: under quality its history is a
 * measurement of the data like any check's, under contract its latest result says whether the
 * promise is kept now.
 */
import type { DatasetTrustWeights } from '@polder/runtime';
import type { CheckEvidence, DatasetTrustInputs, JudgingOutcome } from './TrustInputs.ts';
import type { ComponentAssessment, TrustEvidenceItem, TrustResult } from './TrustExplanation.ts';
import { certificationComponent, incidentsComponent, ownershipComponent } from './commonComponents.ts';
import { listed } from './listed.ts';
import { weighComponents } from './weighComponents.ts';

export interface DatasetScoringOptions {
  weights: DatasetTrustWeights;
  windowDays: number;
  incidentPenalty: number;
  now: Date;
}

/** Where data enters the mesh: such a dataset needs no upstream to have complete lineage. */
const SOURCE_SUBTYPES = new Set(['TABLE', 'PARTITIONED_TABLE', 'FOREIGN_TABLE', 'SOURCE', 'SEED']);

const OUTCOME_VALUE: Record<JudgingOutcome, number> = { PASS: 1, WARN: 0.5, FAIL: 0 };

export function scoreDatasetTrust(inputs: DatasetTrustInputs, options: DatasetScoringOptions): TrustResult {
  const { score, components } = weighComponents(
    {
      documentation: documentation(inputs),
      ownership: ownershipComponent(inputs.owners, inputs.urn),
      quality: quality(inputs.checks.filter((check) => !check.isFreshness), options.windowDays),
      freshness: freshness(inputs),
      lineage: lineage(inputs),
      certification: certificationComponent(inputs.certification, inputs.urn, options.now),
      usage: usage(inputs),
      incidents: incidentsComponent(inputs.openIncidents, options.incidentPenalty),
      contract: contract(inputs.checks.filter((check) => check.origin === 'contract')),
    },
    options.weights,
  );
  return { score, uncappedScore: score, components, cap: null };
}

function documentation({ urn, description, fields }: DatasetTrustInputs): ComponentAssessment {
  const described = description !== null && description.trim() !== '';
  const evidence: TrustEvidenceItem[] = [{ kind: 'description', urn, description: described ? 'has a description' : 'no description' }];
  if (fields.length === 0) return { value: described ? 1 : 0, evidence };
  const undescribed = fields.filter((field) => !field.described);
  const share = (fields.length - undescribed.length) / fields.length;
  evidence.push({ kind: 'columns', urn, description: `${fields.length - undescribed.length} of ${fields.length} columns described` });
  evidence.push(...listed(undescribed, (field) => ({ kind: 'undescribedColumn', urn: field.urn, description: `column ${field.name} has no description` }), 'undescribed columns'));
  return { value: 0.5 * (described ? 1 : 0) + 0.5 * share, evidence };
}

function quality(checks: CheckEvidence[], windowDays: number): ComponentAssessment {
  if (checks.length === 0) return { value: null, evidence: [{ kind: 'noChecks', urn: null, description: 'no quality checks' }] };
  const ran = checks.filter(({ window }) => window.passed + window.warned + window.failed > 0);
  if (ran.length === 0) {
    return { value: null, evidence: [{ kind: 'noRecentResults', urn: null, description: `${checks.length} quality check${plural(checks.length)}, none ran in the last ${windowDays} days` }] };
  }
  const rates = ran.map(({ window }) => (window.passed + 0.5 * window.warned) / (window.passed + window.warned + window.failed));
  const evidence = listed(
    ran,
    ({ urn, name, window }) => {
      const runs = window.passed + window.warned + window.failed;
      return { kind: 'check', urn, description: `${name}: ${window.passed} of ${runs} run${plural(runs)} passed in ${windowDays} days${window.warned > 0 ? ` (${window.warned} warned)` : ''}` };
    },
    'checks',
  );
  const idle = checks.length - ran.length;
  if (idle > 0) evidence.push({ kind: 'noRecentResults', urn: null, description: `${idle} more check${plural(idle)} did not run in the last ${windowDays} days` });
  return { value: mean(rates), evidence };
}

function freshness({ checks, freshnessSlos }: DatasetTrustInputs): ComponentAssessment {
  const judged = checks.filter((check) => check.isFreshness && check.latest !== null);
  if (judged.length === 0) {
    const slo = freshnessSlos[0];
    const description = slo
      ? `a freshness SLO of ${formatSeconds(slo.seconds)} is declared, but no freshness check measures it`
      : checks.some((check) => check.isFreshness)
        ? 'its freshness checks have no result yet'
        : 'no freshness check or SLO';
    return { value: null, evidence: [{ kind: 'noFreshnessEvidence', urn: slo?.urn ?? null, description }] };
  }
  const evidence = judged.map(({ name, latest }) => ({ kind: 'result', urn: latest!.urn, description: `${name}: latest run ${latest!.outcome === 'PASS' ? 'met' : 'missed'} its SLO (${latest!.outcome}) at ${latest!.evaluatedAt}` }));
  return { value: mean(judged.map(({ latest }) => OUTCOME_VALUE[latest!.outcome])), evidence };
}

function lineage({ urn, subtype, upstream, writtenBy }: DatasetTrustInputs): ComponentAssessment {
  if (upstream.length > 0) return { value: 1, evidence: listed(upstream, (asset) => ({ kind: 'upstream', urn: asset.urn, description: `derives from ${asset.name}` }), 'upstream datasets') };
  if (writtenBy.length > 0) return { value: 0, evidence: writtenBy.map((job) => ({ kind: 'unknownInputs', urn: job.urn, description: `written by job ${job.name}, whose inputs are not known` })) };
  if (SOURCE_SUBTYPES.has(subtype)) return { value: 1, evidence: [{ kind: 'sourceTable', urn, description: `a source ${subtype.toLowerCase().replace(/_/g, ' ')}: data enters the mesh here` }] };
  return { value: 0, evidence: [{ kind: 'noUpstream', urn, description: `a ${subtype.toLowerCase().replace(/_/g, ' ')} with no known upstream` }] };
}

function usage({ popularity, usage: rates }: DatasetTrustInputs): ComponentAssessment {
  if (popularity === null) return { value: null, evidence: [{ kind: 'noUsageData', urn: null, description: 'no usage data (no popularity recorded)' }] };
  const value = Math.min(1, Math.max(0, popularity / 100));
  const evidence = [{ kind: 'popularity', urn: null, description: `popularity ${popularity} of 100` }];
  // What the percentile was ranked from, so the score explains itself (crawlers/src/usage/).
  if (rates?.readsPerDay != null && rates.signal) {
    const unit = rates.signal === 'postgres' ? 'scans' : 'rows read';
    evidence.push({ kind: 'storeUsage', urn: null, description: `${perDay(rates.readsPerDay)} ${unit} a day by the ${rates.signal} statistics, ${rates.measuredFrom} to ${rates.measuredAt}` });
  }
  if (rates?.jobRunsPerDay != null) evidence.push({ kind: 'jobRuns', urn: null, description: `${perDay(rates.jobRunsPerDay)} completed runs a day of the jobs that read it (OpenLineage, last 30 days)` });
  return { value, evidence };
}

/** A rate as people read it: 192, 5.6, 0.03. */
function perDay(rate: number): string {
  return rate >= 10 ? String(Math.round(rate)) : String(Number(rate.toPrecision(2)));
}

function contract(rules: CheckEvidence[]): ComponentAssessment {
  if (rules.length === 0) return { value: null, evidence: [{ kind: 'noContract', urn: null, description: 'no contract quality rules' }] };
  const judged = rules.filter((rule) => rule.latest !== null);
  if (judged.length === 0) return { value: null, evidence: [{ kind: 'noRuleResults', urn: null, description: `${rules.length} contract rule${plural(rules.length)}, none has a result yet` }] };
  const evidence = listed(judged, ({ name, latest }) => ({ kind: 'result', urn: latest!.urn, description: `contract rule ${name}: ${latest!.outcome} at ${latest!.evaluatedAt}` }), 'contract rules');
  return { value: mean(judged.map(({ latest }) => OUTCOME_VALUE[latest!.outcome])), evidence };
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function plural(count: number): string {
  return count === 1 ? '' : 's';
}

function formatSeconds(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} d`;
  if (seconds % 3_600 === 0) return `${seconds / 3_600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
