/**
 * One run's contract rule results → the rows writeCheckResults sends in one
 * UNWIND. Pure. Skipped rules have no row: nothing ran, and a rule Polder can
 * never run (a text rule) would otherwise add a result every run.
 *
 * A rule's QualityCheck belongs to the contract's crawl, so a row declares no
 * check (`declaredCheck: null`): the writer only matches it. A result and an
 * incident are keyed under that check and the run, so a rerun adds a result
 * (history) and never another check:
 *
 *   urn:polder:checkResult:(<the rule's qualityCheck urn>,<run id>)
 *   urn:polder:incident:(<the rule's qualityCheck urn>,<id of the run that opened it>)
 *
 * Property names are those of Polder's own check results (checkResultProperties.ts),
 * so the API shows them alike; `ranOn` adds the crawled tables the rule ran on.
 */
import { formatUrn, parseUrn } from '@polder/graph-schema';
import { checkResultProperties } from '../checks/checkResultProperties.ts';
import type { CheckResultRow } from '../checks/writeCheckResults.ts';
import type { ContractRuleResult } from './runContractRules.ts';

/** Who wrote a contract rule's results and incidents: not the contract crawl (`contract:<id>`), whose run would remove them. */
export function contractCheckProvider(contractSourceId: string): string {
  return `contract-check:${contractSourceId}`;
}

export function contractResultRows(results: readonly ContractRuleResult[], runId: string): CheckResultRow[] {
  return results.flatMap((result) => {
    if (result.outcome === 'SKIPPED') return [];
    const check = parseUrn(result.checkUrn);
    return [
      {
        checkUrn: result.checkUrn,
        provider: contractCheckProvider(result.contractSource),
        outcome: result.outcome,
        declaredCheck: null,
        resultUrn: formatUrn('checkResult', check, runId),
        resultProps: { ...checkResultProperties({ ...result, outcome: result.outcome }, runId), ranOn: result.ranOn.length > 0 ? result.ranOn : null },
        incidentUrn: formatUrn('incident', check, runId),
        incidentTitle: `${result.label} is failing`,
        // The contract's dataset (and field), and the crawled tables (and columns) where the rule failed.
        aboutUrns: [...new Set([...result.contractUrns, ...result.failedOn])],
        // The contract's dataset, and the tables it ran on.
        assessedUrns: [...new Set([...result.contractUrns, ...result.ranOn])],
      },
    ];
  });
}
