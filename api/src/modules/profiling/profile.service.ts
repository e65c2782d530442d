/**
 * Reads the latest column profiles, with what decides today whether their values
 * may be shown: the column's and its dataset's classifications and restriction,
 * read with the same Cypher the profiler uses (columnSensitivity.ts). A column
 * classified after it was profiled is withheld at once, before the next run
 * removes its stored values. One query per batch of columns.
 */
import { isSensitiveColumn, sensitivityFactsCypher, type SensitivityFacts } from '@polder/crawlers';
import type { GraphReader } from '../../graph/GraphReader.ts';
import type { ColumnProfile } from './columnProfile.type.ts';

type Props = Record<string, unknown>;

export class ProfileService {
  constructor(private readonly graph: GraphReader) {}

  /**
   * The latest profile of each column, null when never profiled, and null for a column without a dataset (left
   * behind by a removed table): whether its values may be shown depends on its dataset, which is not there to say.
   * Constraint: field_urn; one hop to the profile and the dataset.
   */
  async profilesOf(fieldUrns: readonly string[]): Promise<Array<ColumnProfile | null>> {
    const rows = await this.graph.read<{ key: string; profile: Props; facts: SensitivityFacts }>(
      `UNWIND $urns AS key
       MATCH (field:Field {urn: key})
       MATCH (profile:ColumnProfile)-[:PROFILES]->(field)
       MATCH (dataset:Dataset)-[:HAS_FIELD]->(field)
       RETURN key, profile {.*} AS profile, ${sensitivityFactsCypher('field', 'dataset')} AS facts`,
      { urns: fieldUrns },
    );
    const found = new Map(rows.map((row) => [row.key, toColumnProfile(row.profile, isSensitiveColumn(row.facts))]));
    return fieldUrns.map((urn) => found.get(urn) ?? null);
  }
}

export function toColumnProfile(props: Props, sensitiveNow: boolean): ColumnProfile {
  const withheld = sensitiveNow || props.valuesWithheld === true;
  const values = (props.topValues as string[] | undefined) ?? null;
  const counts = (props.topCounts as number[] | undefined) ?? [];
  return {
    rowCount: Number(props.rowCount ?? 0),
    nullCount: Number(props.nullCount ?? 0),
    nullFraction: typeof props.nullFraction === 'number' ? props.nullFraction : null,
    distinctCount: Number(props.distinctCount ?? 0),
    distinctIsApproximate: props.distinctIsApproximate === true,
    min: withheld ? null : ((props.min as string | undefined) ?? null),
    max: withheld ? null : ((props.max as string | undefined) ?? null),
    topValues: withheld || values === null ? null : values.map((value, index) => ({ value, count: Number(counts[index] ?? 0) })),
    valuesWithheld: withheld,
    profiledAt: props.profiledAt as string,
    sampled: props.sampled === true,
  };
}
