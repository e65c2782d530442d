/**
 * The nodes a write plan (a full run's stage, or a delta) changes that can move a
 * trust score or a policy finding: its search documents (datasets, data products; a field names its
 * dataset's), and the quality checks, results and incidents it writes, which the
 * search documents do not name. Removed nodes too: a dataset that lost a check
 * scores differently.
 */
export function assessmentInputsOfPlan(plan: { documentUrns: string[]; nodeWrites: Map<string, Array<{ urn: string }>>; nodeRemovals?: string[] }): string[] {
  const urns = [...plan.documentUrns];
  for (const label of ['QualityCheck', 'CheckResult', 'Incident']) for (const row of plan.nodeWrites.get(label) ?? []) urns.push(row.urn);
  urns.push(...(plan.nodeRemovals ?? []));
  return urns;
}
