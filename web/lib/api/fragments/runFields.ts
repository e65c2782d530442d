/** One run of a job, as OpenLineage reports it: enough for a row of a runs table. */
export const RUN_FIELDS = /* GraphQL */ `
  fragment RunFields on Run {
    urn
    runId
    state
    startedAt
    endedAt
  }
`;

export interface RunFields {
  urn: string;
  runId: string;
  /** START, RUNNING, COMPLETE, FAIL, ABORT, or OTHER when no event said. */
  state: string;
  /** ISO 8601, from its START event. */
  startedAt: string | null;
  /** ISO 8601, from its COMPLETE, FAIL or ABORT event. */
  endedAt: string | null;
}
